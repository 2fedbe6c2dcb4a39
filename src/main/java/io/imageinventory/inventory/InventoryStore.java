package io.imageinventory.inventory;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;

/**
 * The snapshot every reader sees, replaced whole: once at the end of each refresh, and once more for a
 * source whose sharing is filled in after it. Readers never wait and never see a refresh half-done.
 * Each new snapshot is also published as an application event, so that what is derived from it is
 * built once, when it is published; publications are serialised, so listeners get them in order.
 */
public final class InventoryStore {

    private final ApplicationEventPublisher events;

    private volatile InventorySnapshot snapshot = InventorySnapshot.EMPTY;

    public InventoryStore(ApplicationEventPublisher events) {
        this.events = events;
    }

    public InventorySnapshot snapshot() {
        return snapshot;
    }

    /** What the snapshot holds for this source, or null when it holds nothing. */
    @Nullable SourceState stateOf(SourceKey key) {
        return snapshot.source(key);
    }

    /** The end of a refresh: exactly these sources, and why their list may be incomplete (or null). */
    synchronized void refreshed(List<SourceState> sources, @Nullable String sourcesError) {
        publish(InventorySnapshot.of(sources, sourcesError));
    }

    /** A refresh that could not list its sources: those of the snapshot stay, with the reason. */
    synchronized void sourcesNotListed(String error) {
        publish(InventorySnapshot.of(snapshot.sources(), error));
    }

    /** Replaces {@code expected} with {@code updated} only if the snapshot still holds it: a newer refresh wins. */
    synchronized void replace(SourceState expected, SourceState updated) {
        List<SourceState> sources = new ArrayList<>(snapshot.sources());
        for (int i = 0; i < sources.size(); i++) {
            if (sources.get(i) == expected) {
                sources.set(i, updated);
                publish(InventorySnapshot.of(sources, snapshot.sourcesError()));
                return;
            }
        }
    }

    /** Under the lock, so that listeners get the snapshots in the order they were made. */
    private void publish(InventorySnapshot next) {
        snapshot = next;
        events.publishEvent(next);
    }

}
