package io.imageinventory.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import io.imageinventory.inventory.ImageRow;
import io.imageinventory.remediation.Remediation;
import io.imageinventory.remediation.Remediations;
import org.jspecify.annotations.Nullable;

/**
 * An image as a page shows it: the row, its dates readable, its account's name and its own URL.
 *
 * @param image the row
 * @param accountName the display name of the account that listed it
 * @param created when it was created, or null when unknown
 * @param href the URL of its detail page
 */
record ImageView(ImageRow image, String accountName, @Nullable DisplayTime created, String href) {

    static ImageView of(ImageRow image, String accountName) {
        return new ImageView(image, accountName, DisplayTime.of(image.created()), href(image));
    }

    static String href(ImageRow image) {
        return href(image.accountId(), image.region(), image.imageId());
    }

    static String href(String accountId, String region, String imageId) {
        return ImagesQuery.PATH + "/" + segment(accountId) + "/" + segment(region) + "/" + segment(imageId);
    }

    /** Whether any error code or message is known, at the top level or in the details. */
    public boolean hasErrors() {
        return image.errorCode() != null || image.errorMessage() != null || !image.errorDetails().isEmpty();
    }

    /** What to do about the legacy top-level error, or null when the image has none. */
    public @Nullable Remediation legacyRemediation() {
        return image.errorCode() == null && image.errorMessage() == null ? null : Remediations.forLegacyError();
    }

    private static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

}
