package io.imageinventory.changes;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.imageinventory.inventory.ImageError;
import io.imageinventory.inventory.ImageRow;
import io.imageinventory.inventory.RefreshListener;
import io.imageinventory.inventory.SourceState;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Compares each successful refresh of a source with the one before and keeps what changed, newest
 * first, up to {@code inventory.changes.history} entries. A source's first load and a failed refresh
 * record nothing: neither says anything about what changed.
 */
@Component
public class ChangeLog implements RefreshListener {

    private final int capacity;

    private final Deque<ImageChange> changes = new ArrayDeque<>();

    public ChangeLog(ChangesProperties properties) {
        this.capacity = properties.history();
    }

    /** Every kept change, newest first. */
    public synchronized List<ImageChange> changes() {
        return List.copyOf(changes);
    }

    @Override
    public void sourceRefreshed(@Nullable SourceState previous, SourceState state, Duration took) {
        if (previous == null || previous.lastSuccess() == null || state.failing()) {
            return;
        }
        List<ImageChange> found = compare(previous.images(), state);
        synchronized (this) {
            found.forEach(changes::addFirst);
            while (changes.size() > capacity) {
                changes.removeLast();
            }
        }
    }

    private static List<ImageChange> compare(List<ImageRow> before, SourceState after) {
        Map<String, ImageRow> old = byImage(before);
        Map<String, ImageRow> now = byImage(after.images());
        List<ImageChange> found = new ArrayList<>();
        now.forEach((id, row) -> {
            ImageRow was = old.get(id);
            if (was == null) {
                found.add(change(after, row, ChangeKind.ADDED, null, row.state()));
                return;
            }
            if (!Objects.equals(was.state(), row.state())) {
                found.add(change(after, row, ChangeKind.STATE_CHANGED, was.state(), row.state()));
            }
            if (!Objects.equals(errorCodes(was), errorCodes(row))) {
                found.add(change(after, row, ChangeKind.ERROR_DETAILS_CHANGED, errorCodes(was), errorCodes(row)));
            }
            if (Boolean.TRUE.equals(row.updateAvailable()) && !Boolean.TRUE.equals(was.updateAvailable())) {
                found.add(change(after, row, ChangeKind.UPDATE_AVAILABLE, null, row.updateDescription()));
            }
        });
        old.forEach((id, row) -> {
            if (!now.containsKey(id)) {
                found.add(change(after, row, ChangeKind.REMOVED, row.state(), null));
            }
        });
        return found;
    }

    /** Keyed by type and id: an account may see its own image and a shared one of the same id. */
    private static Map<String, ImageRow> byImage(List<ImageRow> rows) {
        return rows.stream().collect(Collectors.toMap(row -> row.imageType() + "/" + row.imageId(),
                Function.identity(), (first, second) -> first, LinkedHashMap::new));
    }

    /** The top-level code and every detail code, e.g. {@code InvalidImage, DomainJoined}; null when none. */
    private static @Nullable String errorCodes(ImageRow row) {
        List<String> codes = new ArrayList<>();
        if (row.errorCode() != null) {
            codes.add(row.errorCode());
        }
        row.errorDetails().stream().map(ImageError::errorCode).filter(Objects::nonNull).forEach(codes::add);
        return codes.isEmpty() ? null : String.join(", ", codes);
    }

    private static ImageChange change(SourceState source, ImageRow row, ChangeKind kind, @Nullable String from,
            @Nullable String to) {
        return new ImageChange(source.lastAttempt(), source.key().accountId(), source.key().region(), row.imageId(),
                row.name(), kind, from, to);
    }

}
