package io.imageinventory.images;

import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.imageinventory.catalog.ImageSearch;
import io.imageinventory.inventory.ImageRow;
import io.imageinventory.inventory.InventorySnapshot;

/**
 * One published snapshot and what the image pages, the CSV and the API derive from it: the search over
 * its images (their facet index), the number of ERROR images that the header shows, and the results
 * part of each view of {@code /images}, rendered the first time it is asked for and then served to
 * everyone. All of it is dropped together when the next snapshot is published, so nobody sees older data
 * than the latest snapshot.
 */
final class ImagesSnapshot {

    /** Several hundred views of 50 rows (about 70 KB each at most). */
    private static final long MAX_RESULTS_CHARS = 16L * 1024 * 1024;

    private final InventorySnapshot snapshot;

    private final ImageSearch search;

    private final int errorCount;

    private final Cache<ImagesQuery, RenderedMarkup> results = Caffeine.newBuilder()
            .maximumWeight(MAX_RESULTS_CHARS)
            .weigher((ImagesQuery query, RenderedMarkup markup) -> markup.html().length())
            .build();

    ImagesSnapshot(InventorySnapshot snapshot) {
        this.snapshot = snapshot;
        this.search = new ImageSearch(snapshot.images());
        this.errorCount = (int) snapshot.images().stream().filter(ImageRow::isError).count();
    }

    InventorySnapshot snapshot() {
        return snapshot;
    }

    ImageSearch search() {
        return search;
    }

    int errorCount() {
        return errorCount;
    }

    /**
     * The results of this view, rendered by {@code render} unless they already were. The markup may
     * depend on nothing but this snapshot and the query: no user, no CSRF token.
     */
    RenderedMarkup results(ImagesQuery query, Supplier<RenderedMarkup> render) {
        return results.get(query, unused -> render.get());
    }

}
