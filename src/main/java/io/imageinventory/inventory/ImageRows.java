package io.imageinventory.inventory;

import java.util.List;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.workspaces.model.ErrorDetails;
import software.amazon.awssdk.services.workspaces.model.OperatingSystem;
import software.amazon.awssdk.services.workspaces.model.UpdateResult;
import software.amazon.awssdk.services.workspaces.model.WorkspaceImage;

/**
 * The one boundary where SDK images become this project's rows. The {@code ...AsString()} accessors
 * keep enum values newer than the SDK verbatim; absent optional fields stay null.
 */
final class ImageRows {

    private ImageRows() {
    }

    static ImageRow from(WorkspaceImage image, SourceKey source, String imageType) {
        UpdateResult updates = image.updates();
        return new ImageRow(
                image.imageId(),
                image.name(),
                image.description(),
                operatingSystem(image.operatingSystem()),
                image.stateAsString(),
                image.requiredTenancyAsString(),
                image.created(),
                image.ownerAccountId(),
                imageType,
                source.accountId(),
                source.region(),
                image.errorCode(),
                image.errorMessage(),
                errorDetails(image),
                updates == null ? null : updates.updateAvailable(),
                updates == null ? null : updates.description());
    }

    private static @Nullable String operatingSystem(@Nullable OperatingSystem os) {
        return os == null ? null : os.typeAsString();
    }

    private static List<ImageError> errorDetails(WorkspaceImage image) {
        if (!image.hasErrorDetails()) {
            return List.of();
        }
        return image.errorDetails().stream().map(ImageRows::error).toList();
    }

    private static ImageError error(ErrorDetails details) {
        return new ImageError(details.errorCodeAsString(), details.errorMessage());
    }

}
