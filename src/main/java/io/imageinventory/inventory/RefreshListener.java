package io.imageinventory.inventory;

import java.time.Duration;

/**
 * Told of every refresh as it happens, for metrics and other observers; must not block.
 */
public interface RefreshListener {

    /** One source was fetched, successfully or not; {@code state} is what the store now holds. */
    default void sourceRefreshed(SourceState state, Duration took) {
    }

    /** A whole refresh ended; {@code snapshot} is what readers now see. */
    default void refreshed(InventorySnapshot snapshot, Duration took) {
    }

}
