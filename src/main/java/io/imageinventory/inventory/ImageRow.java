package io.imageinventory.inventory;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One image as one account sees it in one region: every field of the API plus where it was seen.
 * The same shared image seen from two accounts is two rows. Enum values are kept as the API's
 * strings so that values newer than the SDK survive.
 *
 * <p>{@code sharedWith} lists the accounts an owned image is shared with, null while unknown (and
 * for shared images); {@code bundles} the account's own bundles built on the image, null while unknown
 * (the bundles could not be listed).
 */
public record ImageRow(
        String imageId,
        @Nullable String name,
        @Nullable String description,
        @Nullable String operatingSystem,
        @Nullable String state,
        @Nullable String requiredTenancy,
        @Nullable Instant created,
        @Nullable String ownerAccountId,
        String imageType,
        String accountId,
        String region,
        @Nullable String errorCode,
        @Nullable String errorMessage,
        List<ImageError> errorDetails,
        @Nullable Boolean updateAvailable,
        @Nullable String updateDescription,
        @Nullable List<String> sharedWith,
        @Nullable List<BundleRef> bundles) {

    public ImageRow {
        errorDetails = List.copyOf(errorDetails);
        sharedWith = sharedWith == null ? null : List.copyOf(sharedWith);
        bundles = bundles == null ? null : List.copyOf(bundles);
    }

    /** A row as {@code DescribeWorkspaceImages} gives it, before sharing and bundles are known. */
    public ImageRow(String imageId, @Nullable String name, @Nullable String description,
            @Nullable String operatingSystem, @Nullable String state, @Nullable String requiredTenancy,
            @Nullable Instant created, @Nullable String ownerAccountId, String imageType, String accountId,
            String region, @Nullable String errorCode, @Nullable String errorMessage, List<ImageError> errorDetails,
            @Nullable Boolean updateAvailable, @Nullable String updateDescription) {
        this(imageId, name, description, operatingSystem, state, requiredTenancy, created, ownerAccountId, imageType,
                accountId, region, errorCode, errorMessage, errorDetails, updateAvailable, updateDescription, null,
                List.of());
    }

    public ImageRow withSharedWith(@Nullable List<String> accounts) {
        return new ImageRow(imageId, name, description, operatingSystem, state, requiredTenancy, created,
                ownerAccountId, imageType, accountId, region, errorCode, errorMessage, errorDetails, updateAvailable,
                updateDescription, accounts, bundles);
    }

    public ImageRow withBundles(@Nullable List<BundleRef> usedBy) {
        return new ImageRow(imageId, name, description, operatingSystem, state, requiredTenancy, created,
                ownerAccountId, imageType, accountId, region, errorCode, errorMessage, errorDetails, updateAvailable,
                updateDescription, sharedWith, usedBy);
    }

    public boolean owned() {
        return "OWNED".equals(imageType);
    }

    public boolean isError() {
        return "ERROR".equals(state);
    }

}
