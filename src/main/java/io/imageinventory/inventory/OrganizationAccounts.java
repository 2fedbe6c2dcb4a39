package io.imageinventory.inventory;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.Account;

/**
 * The ACTIVE accounts of an AWS organisation, listed again at each refresh. When the listing fails,
 * the accounts of the last good listing stay, so that a passing fault never drops their images.
 */
final class OrganizationAccounts implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OrganizationAccounts.class);

    private final OrganizationsClient organizations;

    private final String memberRoleArnPrefix;

    private volatile List<AccountSpec> lastGood = List.of();

    /**
     * @param organizations a client with the management account's role
     * @param managementRoleArn that role, whose partition the member roles share
     * @param memberRoleName the role assumed in each member account
     */
    OrganizationAccounts(OrganizationsClient organizations, String managementRoleArn, String memberRoleName) {
        this.organizations = organizations;
        this.memberRoleArnPrefix = "arn:" + AccountSpec.partitionOf(managementRoleArn) + ":iam::%s:role/" + memberRoleName;
    }

    List<AccountSpec> accounts() {
        try {
            lastGood = organizations.listAccountsPaginator().stream()
                    .flatMap(page -> page.accounts().stream())
                    .filter(account -> "ACTIVE".equals(account.statusAsString()))
                    .map(this::member)
                    .toList();
        }
        catch (RuntimeException ex) {
            log.warn("Listing the organisation's accounts failed, keeping the {} accounts listed before: {}",
                    lastGood.size(), InventoryRefresher.describe(ex));
        }
        return lastGood;
    }

    private AccountSpec member(Account account) {
        return AccountSpec.role(memberRoleArnPrefix.formatted(account.id()), null, account.name());
    }

    @Override
    public void close() {
        organizations.close();
    }

}
