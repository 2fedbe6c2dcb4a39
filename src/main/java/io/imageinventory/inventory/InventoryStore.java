package io.imageinventory.inventory;

import java.util.Objects;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;

/**
 * Each source's last state in a Caffeine cache keyed by source, and the snapshot built from them.
 * Entries never expire: a failing source must keep its last good images until it succeeds again.
 * Every change publishes a new immutable snapshot, so readers never wait and never see a partial one.
 */
public final class InventoryStore {

    private final Cache<SourceKey, SourceState> states = Caffeine.newBuilder().build();

    private volatile InventorySnapshot snapshot = InventorySnapshot.EMPTY;

    private @Nullable String sourcesError;

    public InventorySnapshot snapshot() {
        return snapshot;
    }

    @Nullable SourceState stateOf(SourceKey key) {
        return states.getIfPresent(key);
    }

    synchronized void record(SourceState state) {
        states.put(state.key(), state);
        publish();
    }

    /** Records {@code updated} only if the source still holds {@code expected}: a newer state wins. */
    synchronized void replace(SourceState expected, SourceState updated) {
        if (states.getIfPresent(expected.key()) == expected) {
            record(updated);
        }
    }

    /** Forgets sources that are no longer configured or discovered. */
    synchronized void retainOnly(Set<SourceKey> keys) {
        if (states.asMap().keySet().retainAll(keys)) {
            publish();
        }
    }

    /** Why the latest refresh could not list its sources, or null when it could. */
    synchronized void sourcesListed(@Nullable String error) {
        if (!Objects.equals(error, sourcesError)) {
            sourcesError = error;
            publish();
        }
    }

    private void publish() {
        snapshot = InventorySnapshot.of(states.asMap().values(), sourcesError);
    }

}
