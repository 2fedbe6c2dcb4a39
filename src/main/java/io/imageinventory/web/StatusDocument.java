package io.imageinventory.web;

import java.time.Instant;
import java.util.List;

import io.imageinventory.inventory.InventorySnapshot;
import io.imageinventory.inventory.SourceState;
import org.jspecify.annotations.Nullable;

/**
 * The {@code /api/status} document: whether a refresh runs, and each source's age and error.
 */
record StatusDocument(boolean refreshing, @Nullable Instant lastSuccess, List<SourceStatus> sources) {

    static StatusDocument of(InventorySnapshot snapshot, boolean refreshing) {
        return new StatusDocument(refreshing, snapshot.lastSuccess(),
                snapshot.sources().stream().map(SourceStatus::of).toList());
    }

    record SourceStatus(String accountId, String accountName, String region, int imageCount,
            Instant lastAttempt, @Nullable Instant lastSuccess, @Nullable String lastError) {

        static SourceStatus of(SourceState state) {
            return new SourceStatus(state.key().accountId(), state.accountName(), state.key().region(),
                    state.images().size(), state.lastAttempt(), state.lastSuccess(), state.lastError());
        }

    }

}
