package io.imageinventory.inventory;

import org.jspecify.annotations.Nullable;

/**
 * One entry of an image's {@code ErrorDetails}, its code kept verbatim even when newer than the SDK.
 */
public record ImageError(@Nullable String errorCode, @Nullable String errorMessage) {
}
