package io.imageinventory.images;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.imageinventory.inventory.ErrorText;
import io.imageinventory.inventory.InventorySnapshot;
import io.imageinventory.inventory.SourceState;
import org.jspecify.annotations.Nullable;

/**
 * What the banner says about the age of the data: when it was last refreshed, whether a refresh
 * runs, and which sources are failing or stale. Ages are said roughly ({@code 4 min ago}), so the
 * banner is rendered for each request.
 *
 * @param lastSuccess the latest successful fetch of any source, or null before the first one
 * @param lastSuccessAgo how long ago that was, or null
 * @param refreshing whether a refresh runs now
 * @param sourceCount how many sources there are
 * @param sourcesError why the sources could not be listed, or null when they could
 * @param warnings the sources that need attention
 */
record Freshness(@Nullable Instant lastSuccess, @Nullable String lastSuccessAgo, boolean refreshing,
        int sourceCount, @Nullable String sourcesError, List<Warning> warnings) {

    /** {@code admin}: whether errors are shown whole, or only what failed (see {@link ErrorText#shown}). */
    static Freshness of(InventorySnapshot snapshot, boolean refreshing, Duration refreshInterval, Instant now,
            boolean admin) {
        List<Warning> warnings = snapshot.sources().stream()
                .filter(source -> source.failing() || source.stale(now, refreshInterval))
                .map(source -> Warning.of(source, source.stale(now, refreshInterval), now, admin))
                .toList();
        Instant lastSuccess = snapshot.lastSuccess();
        return new Freshness(lastSuccess, lastSuccess == null ? null : ago(lastSuccess, now), refreshing,
                snapshot.sources().size(), ErrorText.shown(snapshot.sourcesError(), admin), warnings);
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
            @Nullable Instant lastSuccess, @Nullable String lastSuccessAgo) {

        static Warning of(SourceState source, boolean stale, Instant now, boolean admin) {
            Instant lastSuccess = source.lastSuccess();
            return new Warning(source.key().accountId(), source.accountName(), source.key().region(), stale,
                    ErrorText.shown(source.lastError(), admin), lastSuccess,
                    lastSuccess == null ? null : ago(lastSuccess, now));
        }

    }

    /** How long ago, roughly: {@code just now}, {@code 4 min ago}, {@code 3 h ago}, {@code 2 days ago}. */
    static String ago(Instant instant, Instant now) {
        Duration age = Duration.between(instant, now);
        if (age.toMinutes() < 1) {
            return "just now";
        }
        if (age.toHours() < 1) {
            return age.toMinutes() + " min ago";
        }
        if (age.toDays() < 1) {
            return age.toHours() + " h ago";
        }
        return age.toDays() == 1 ? "1 day ago" : age.toDays() + " days ago";
    }

}
