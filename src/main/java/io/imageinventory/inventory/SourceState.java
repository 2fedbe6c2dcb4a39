package io.imageinventory.inventory;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What one source last gave: its last good images and how its latest attempt went.
 *
 * @param key the source
 * @param accountName the account's display name
 * @param images the images of the last successful fetch (kept when a later one fails)
 * @param lastAttempt when the latest fetch started
 * @param lastSuccess when the latest successful fetch started, or null if none has succeeded yet
 * @param lastError a readable message of the latest failure, or null when the latest fetch succeeded
 */
public record SourceState(
        SourceKey key,
        String accountName,
        List<ImageRow> images,
        Instant lastAttempt,
        @Nullable Instant lastSuccess,
        @Nullable String lastError) {

    public SourceState {
        images = List.copyOf(images);
    }

    static SourceState succeeded(SourceKey key, String accountName, List<ImageRow> images, Instant attempt) {
        return new SourceState(key, accountName, images, attempt, attempt, null);
    }

    /** A failed attempt keeps the images and success time of the state before it. */
    static SourceState failed(@Nullable SourceState previous, SourceKey key, String accountName,
            Instant attempt, String error) {
        return previous == null
                ? new SourceState(key, accountName, List.of(), attempt, null, error)
                : new SourceState(key, accountName, previous.images(), attempt, previous.lastSuccess(), error);
    }

    SourceState withImages(List<ImageRow> enriched) {
        return new SourceState(key, accountName, enriched, lastAttempt, lastSuccess, lastError);
    }

    public boolean failing() {
        return lastError != null;
    }

    /**
     * Stale: no success for more than two refresh intervals, so at least one scheduled refresh of
     * this source has been missed or has failed. A source that never succeeded counts from its
     * first attempt: one that has only just been tried has missed nothing yet.
     */
    public boolean stale(Instant now, Duration refreshInterval) {
        Instant since = lastSuccess == null ? lastAttempt : lastSuccess;
        return since.plus(refreshInterval.multipliedBy(2)).isBefore(now);
    }

}
