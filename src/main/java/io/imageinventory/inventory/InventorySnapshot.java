package io.imageinventory.inventory;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Everything every source last gave, frozen: readers hold one snapshot and never see a half-written
 * refresh.
 *
 * @param sources every source's state, ordered by account and region
 * @param images every image of every source, newest first
 * @param lastSuccess the latest time any source was fetched successfully, or null
 * @param sourcesError why the latest refresh could not list its sources (no region, no credentials, the
 * organisation not listed), so that they are the ones listed before or none; null when it could
 */
public record InventorySnapshot(List<SourceState> sources, List<ImageRow> images, @Nullable Instant lastSuccess,
        @Nullable String sourcesError) {

    /** Before the first refresh. */
    public static final InventorySnapshot EMPTY = new InventorySnapshot(List.of(), List.of(), null, null);

    static final Comparator<ImageRow> NEWEST_FIRST = Comparator
            .comparing(ImageRow::created, Comparator.nullsLast(Comparator.<Instant>reverseOrder()))
            .thenComparing(ImageRow::imageId);

    public InventorySnapshot {
        sources = List.copyOf(sources);
        images = List.copyOf(images);
    }

    public static InventorySnapshot of(Collection<SourceState> states, @Nullable String sourcesError) {
        List<SourceState> sources = states.stream().sorted(Comparator.comparing(SourceState::key)).toList();
        List<ImageRow> images = sources.stream()
                .flatMap(source -> source.images().stream())
                .sorted(NEWEST_FIRST)
                .toList();
        Instant lastSuccess = sources.stream()
                .map(SourceState::lastSuccess)
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElse(null);
        return new InventorySnapshot(sources, images, lastSuccess, sourcesError);
    }

    /** This source's state, or null when the snapshot does not hold it. */
    public @Nullable SourceState source(SourceKey key) {
        for (SourceState source : sources) {
            if (source.key().equals(key)) {
                return source;
            }
        }
        return null;
    }

}
