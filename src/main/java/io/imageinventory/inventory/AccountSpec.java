package io.imageinventory.inventory;

import org.jspecify.annotations.Nullable;

/**
 * An account to scan and how to reach it.
 *
 * @param accountId the account id
 * @param name its display name
 * @param roleArn the role to assume in it, or null for the base credentials' own account
 * @param externalId the external id the role asks for, if any
 */
record AccountSpec(String accountId, String name, @Nullable String roleArn, @Nullable String externalId) {

    static AccountSpec own(String accountId) {
        return new AccountSpec(accountId, accountId, null, null);
    }

    /** The account id comes from the ARN, so a role that cannot be assumed still shows as a source. */
    static AccountSpec role(String roleArn, @Nullable String externalId, @Nullable String name) {
        String accountId = accountOf(roleArn);
        return new AccountSpec(accountId, name == null || name.isBlank() ? accountId : name, roleArn, externalId);
    }

    /** {@code arn:partition:iam::123456789012:role/Name} → {@code 123456789012}. */
    static String accountOf(String arn) {
        return arn.split(":", 6)[4];
    }

    /** {@code arn:partition:...} → {@code partition}. */
    static String partitionOf(String arn) {
        return arn.split(":", 6)[1];
    }

}
