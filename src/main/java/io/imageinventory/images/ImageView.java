package io.imageinventory.images;

import io.imageinventory.inventory.ImageRow;
import io.imageinventory.remediation.Remediation;
import io.imageinventory.remediation.Remediations;
import org.jspecify.annotations.Nullable;

/**
 * An image as a page shows it: the row and its account's name.
 *
 * @param image the row
 * @param accountName the display name of the account that listed it
 */
record ImageView(ImageRow image, String accountName) {

    /** Whether any error code or message is known, at the top level or in the details. */
    public boolean hasErrors() {
        return image.errorCode() != null || image.errorMessage() != null || !image.errorDetails().isEmpty();
    }

    /** What to do about the legacy top-level error, or null when the image has none. */
    public @Nullable Remediation legacyRemediation() {
        return image.errorCode() == null && image.errorMessage() == null ? null : Remediations.forLegacyError();
    }

}
