package io.imageinventory.inventory;

import org.jspecify.annotations.Nullable;

/**
 * A bundle of the account's own that is built on an image.
 */
public record BundleRef(String bundleId, @Nullable String name) {
}
