package io.imageinventory.status;

import java.time.Instant;
import java.util.List;

import io.imageinventory.inventory.ErrorText;
import io.imageinventory.inventory.InventorySnapshot;
import io.imageinventory.inventory.SourceState;
import org.jspecify.annotations.Nullable;

/**
 * The {@code /api/status} document: whether a refresh runs, why the sources could not be listed if
 * so, and each source's age and error. Errors name principals and request ids, so viewers get what
 * failed and admins the whole message.
 */
public record StatusDocument(boolean refreshing, @Nullable Instant lastSuccess, @Nullable String sourcesError,
        List<SourceStatus> sources) {

    static StatusDocument of(InventorySnapshot snapshot, boolean refreshing, boolean admin) {
        return new StatusDocument(refreshing, snapshot.lastSuccess(), ErrorText.shown(snapshot.sourcesError(), admin),
                snapshot.sources().stream().map(source -> SourceStatus.of(source, admin)).toList());
    }

    /** One source: an account in a region. */
    public record SourceStatus(String accountId, String accountName, String region, int imageCount,
            Instant lastAttempt, @Nullable Instant lastSuccess, @Nullable String lastError) {

        static SourceStatus of(SourceState state, boolean admin) {
            return new SourceStatus(state.key().accountId(), state.accountName(), state.key().region(),
                    state.images().size(), state.lastAttempt(), state.lastSuccess(), ErrorText.shown(state.lastError(), admin));
        }

    }

}
