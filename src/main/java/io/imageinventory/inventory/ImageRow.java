package io.imageinventory.inventory;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One image as one account sees it in one region: every field of the API plus where it was seen.
 * The same shared image seen from two accounts is two rows. Enum values are kept as the API's
 * strings so that values newer than the SDK survive.
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
        @Nullable String updateDescription) {

    public ImageRow {
        errorDetails = List.copyOf(errorDetails);
    }

    public boolean isError() {
        return "ERROR".equals(state);
    }

}
