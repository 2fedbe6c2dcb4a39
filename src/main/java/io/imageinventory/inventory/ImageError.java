package io.imageinventory.inventory;

import io.imageinventory.remediation.Remediation;
import io.imageinventory.remediation.Remediations;
import org.jspecify.annotations.Nullable;

/**
 * One entry of an image's {@code ErrorDetails}, its code kept verbatim even when newer than the SDK,
 * with how to fix it.
 */
public record ImageError(@Nullable String errorCode, @Nullable String errorMessage, Remediation remediation) {

    public ImageError(@Nullable String errorCode, @Nullable String errorMessage) {
        this(errorCode, errorMessage, Remediations.forCode(errorCode));
    }

}
