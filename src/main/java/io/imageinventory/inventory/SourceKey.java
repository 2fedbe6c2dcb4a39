package io.imageinventory.inventory;

/**
 * One (account, region) pair whose images are listed with one set of credentials.
 *
 * @param accountId the account whose credentials list the images
 * @param region the AWS region
 */
public record SourceKey(String accountId, String region) implements Comparable<SourceKey> {

    @Override
    public int compareTo(SourceKey other) {
        int byAccount = accountId.compareTo(other.accountId);
        return byAccount != 0 ? byAccount : region.compareTo(other.region);
    }

}
