package io.imageinventory.inventory;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.Account;

/**
 * The ACTIVE accounts of an AWS organisation, listed again at each refresh. When the listing fails,
 * or suddenly finds no ACTIVE account where it found some before, the accounts of the last good
 * listing stay and the problem is reported, so that a passing fault never drops their images.
 */
final class OrganizationAccounts implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OrganizationAccounts.class);

    private static final String ACTIVE = "ACTIVE";

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

    Listing accounts() {
        List<AccountSpec> active;
        try {
            active = organizations.listAccountsPaginator().stream()
                    .flatMap(page -> page.accounts().stream())
                    .filter(OrganizationAccounts::active)
                    .map(this::member)
                    .toList();
        }
        catch (RuntimeException ex) {
            return keepLastGood(InventoryRefresher.describe(ex));
        }
        if (active.isEmpty() && !lastGood.isEmpty()) {
            return keepLastGood("NoActiveAccount: Organizations listed no ACTIVE account, where it listed "
                    + lastGood.size() + " before");
        }
        lastGood = active;
        return new Listing(active, null);
    }

    /**
     * AWS Organizations retired {@code Status} for {@code State} on 2026-09-09; {@code Status} is read only
     * where an answer has no {@code State}.
     */
    static boolean active(Account account) {
        String state = account.stateAsString() != null ? account.stateAsString() : account.statusAsString();
        return ACTIVE.equals(state);
    }

    private Listing keepLastGood(String error) {
        String problem = "The organisation's accounts could not be listed, its " + lastGood.size()
                + " accounts listed before are read instead: " + error;
        log.warn(problem);
        return new Listing(lastGood, problem);
    }

    private AccountSpec member(Account account) {
        return AccountSpec.role(memberRoleArnPrefix.formatted(account.id()), null, account.name());
    }

    @Override
    public void close() {
        organizations.close();
    }

    /**
     * One listing.
     *
     * @param accounts the accounts to read
     * @param problem why they are the last good listing's rather than this one's, or null
     */
    record Listing(List<AccountSpec> accounts, @Nullable String problem) {
    }

}
