package io.imageinventory.inventory;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * Told of every refresh as it happens, for metrics and other observers; must not block. A listener that
 * throws is logged and skipped: it never stops a refresh or the listeners after it.
 */
public interface RefreshListener {

    /**
     * One source was fetched, successfully or not.
     *
     * @param previous what the store held for the source before, or null the first time
     * @param state what the store holds now
     * @param took how long the fetch took
     */
    default void sourceRefreshed(@Nullable SourceState previous, SourceState state, Duration took) {
    }

    /** A whole refresh ended; {@code snapshot} is what readers now see. */
    default void refreshed(InventorySnapshot snapshot, RefreshOutcome outcome, Duration took) {
    }

}
