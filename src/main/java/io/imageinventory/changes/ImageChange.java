package io.imageinventory.changes;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One change to one image, as seen by one account in one region.
 *
 * @param time when the refresh that saw it started
 * @param from the value before (a state, error codes), or null
 * @param to the value after, or null
 */
public record ImageChange(Instant time, String accountId, String region, String imageId, @Nullable String name,
        ChangeKind kind, @Nullable String from, @Nullable String to) {
}
