package io.imageinventory.images;

import java.time.Instant;
import java.util.List;

import io.imageinventory.inventory.BundleRef;
import io.imageinventory.inventory.ImageError;
import io.imageinventory.inventory.ImageRow;
import org.jspecify.annotations.Nullable;

/**
 * One image in {@code /api/images}, field for field as the product contract names them; kept apart
 * from {@link ImageRow} so that the row's helpers never leak into the JSON.
 */
public record ImageDocument(String imageId, @Nullable String name, @Nullable String description,
        @Nullable String operatingSystem, @Nullable String state, @Nullable String requiredTenancy,
        @Nullable Instant created, @Nullable String ownerAccountId, String imageType, String accountId, String region,
        @Nullable String errorCode, @Nullable String errorMessage, List<ImageError> errorDetails,
        @Nullable Boolean updateAvailable, @Nullable String updateDescription, @Nullable List<String> sharedWith,
        @Nullable List<BundleRef> bundles) {

    static ImageDocument of(ImageRow image) {
        return new ImageDocument(image.imageId(), image.name(), image.description(), image.operatingSystem(),
                image.state(), image.requiredTenancy(), image.created(), image.ownerAccountId(), image.imageType(),
                image.accountId(), image.region(), image.errorCode(), image.errorMessage(), image.errorDetails(),
                image.updateAvailable(), image.updateDescription(), image.sharedWith(), image.bundles());
    }

}
