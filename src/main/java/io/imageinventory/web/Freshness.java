package io.imageinventory.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.imageinventory.inventory.InventorySnapshot;
import io.imageinventory.inventory.SourceState;
import org.jspecify.annotations.Nullable;

/**
 * What the banner says about the age of the data: when it was last refreshed, whether a refresh
 * runs, and which sources are failing or stale.
 *
 * @param lastSuccess the latest successful fetch of any source, or null before the first one
 * @param lastSuccessAgo how long ago that was, or null
 * @param refreshing whether a refresh runs now
 * @param sourceCount how many sources there are
 * @param warnings the sources that need attention
 */
record Freshness(@Nullable DisplayTime lastSuccess, @Nullable String lastSuccessAgo, boolean refreshing,
        int sourceCount, List<Warning> warnings) {

    static Freshness of(InventorySnapshot snapshot, boolean refreshing, Duration refreshInterval, Instant now) {
        List<Warning> warnings = snapshot.sources().stream()
                .filter(source -> source.failing() || source.stale(now, refreshInterval))
                .map(source -> Warning.of(source, source.stale(now, refreshInterval), now))
                .toList();
        Instant lastSuccess = snapshot.lastSuccess();
        return new Freshness(DisplayTime.of(lastSuccess),
                lastSuccess == null ? null : DisplayTime.ago(lastSuccess, now), refreshing,
                snapshot.sources().size(), warnings);
    }

    /**
     * One source that needs attention.
     *
     * @param accountId the account
     * @param accountName its display name
     * @param region the region
     * @param stale whether it has not succeeded for too long
     * @param lastError the latest failure, or null when the latest fetch succeeded
     * @param lastSuccess its latest success, or null when it never succeeded
     * @param lastSuccessAgo how long ago that was, or null
     */
    record Warning(String accountId, String accountName, String region, boolean stale, @Nullable String lastError,
            @Nullable DisplayTime lastSuccess, @Nullable String lastSuccessAgo) {

        static Warning of(SourceState source, boolean stale, Instant now) {
            Instant lastSuccess = source.lastSuccess();
            return new Warning(source.key().accountId(), source.accountName(), source.key().region(), stale,
                    source.lastError(), DisplayTime.of(lastSuccess),
                    lastSuccess == null ? null : DisplayTime.ago(lastSuccess, now));
        }

    }

}
