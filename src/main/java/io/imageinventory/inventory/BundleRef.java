package io.imageinventory.inventory;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A bundle of the account's own that is built on an image: an image cannot be deleted while one uses
 * it, and a bundle in ERROR or updated to a new image is worth a look.
 *
 * @param bundleId the bundle's id
 * @param name its name, if any
 * @param state {@code AVAILABLE}, {@code PENDING} or {@code ERROR}, verbatim (newer values survive); null when AWS gives none
 * @param computeType such as {@code STANDARD} or {@code PERFORMANCE}; null when AWS gives none
 * @param lastUpdated when the bundle last changed (for example to a new image); null when AWS gives none
 * @param workspaces how many WorkSpaces run on it; null while unknown
 */
public record BundleRef(String bundleId, @Nullable String name, @Nullable String state, @Nullable String computeType,
        @Nullable Instant lastUpdated, @Nullable Integer workspaces) {

    /** A bundle known by its id and name alone. */
    public BundleRef(String bundleId, @Nullable String name) {
        this(bundleId, name, null, null, null, null);
    }

}
