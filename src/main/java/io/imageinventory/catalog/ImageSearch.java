package io.imageinventory.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.imageinventory.inventory.ImageRow;

/**
 * Filters a snapshot's images and counts facets in one pass over their {@link ImageIndex}, which is built
 * once, with the search. A facet's counts honour every other filter but not its own, so that each count
 * says how many images choosing that value would add or leave.
 */
public final class ImageSearch {

    /** The key counted for images that lack a facet's field (old images without an operating system). */
    public static final String NOT_SET = "";

    private static final Facet[] FACETS = Facet.values();

    private static final int ALL_MATCH = -1;

    private static final int SEVERAL_MISSES = -2;

    private final List<ImageRow> images;

    private final ImageIndex index;

    /** Indexes the images, in the order the searches give them back. */
    public ImageSearch(List<ImageRow> images) {
        this.images = images;
        this.index = new ImageIndex(images);
    }

    /** The images that match, in the order given; for the CSV and the API, which need no counts. */
    public List<ImageRow> filter(ImageFilter filter) {
        if (filter.isEmpty()) {
            return images;
        }
        boolean[][] allowed = index.allowed(filter);
        List<ImageRow> matches = new ArrayList<>();
        for (int i = 0; i < index.size(); i++) {
            if (firstMiss(index, allowed, i) == ALL_MATCH && filter.matchesText(index.image(i))) {
                matches.add(index.image(i));
            }
        }
        return matches;
    }

    /** The images that match, in the order given, with the count of every facet value. */
    public Result search(ImageFilter filter) {
        boolean[][] allowed = index.allowed(filter);
        int[][] counts = new int[FACETS.length][];
        for (int f = 0; f < FACETS.length; f++) {
            counts[f] = new int[index.valueCount(f)];
        }
        int[] hits = new int[index.size()];
        int hitCount = 0;
        boolean searchesText = !filter.text().isEmpty();
        for (int i = 0; i < index.size(); i++) {
            int miss = firstMiss(index, allowed, i);
            if (miss == SEVERAL_MISSES || searchesText && !filter.matchesText(index.image(i))) {
                continue;
            }
            if (miss == ALL_MATCH) {
                hits[hitCount++] = i;
                for (int f = 0; f < FACETS.length; f++) {
                    counts[f][index.code(i, f)]++;
                }
            }
            else {
                counts[miss][index.code(i, miss)]++;
            }
        }
        List<ImageRow> matches = filter.isEmpty() ? images : index.images(hits, hitCount);
        EnumMap<Facet, Map<String, Integer>> totals = new EnumMap<>(Facet.class);
        for (int f = 0; f < FACETS.length; f++) {
            Map<String, Integer> facetTotals = new HashMap<>();
            for (int code = 0; code < counts[f].length; code++) {
                if (counts[f][code] > 0) {
                    facetTotals.put(index.value(f, code), counts[f][code]);
                }
            }
            totals.put(FACETS[f], Collections.unmodifiableMap(facetTotals));
        }
        return new Result(matches, totals);
    }

    /** The index of the only facet the image misses, or whether it misses none or several. */
    private static int firstMiss(ImageIndex index, boolean[][] allowed, int image) {
        int miss = ALL_MATCH;
        for (int f = 0; f < allowed.length; f++) {
            if (allowed[f] != null && !allowed[f][index.code(image, f)]) {
                if (miss != ALL_MATCH) {
                    return SEVERAL_MISSES;
                }
                miss = f;
            }
        }
        return miss;
    }

    /**
     * @param matches the matching images, in the order searched
     * @param counts per facet, how many images each value has among those matching the other filters
     */
    public record Result(List<ImageRow> matches, Map<Facet, Map<String, Integer>> counts) {

        public int count(Facet facet, String value) {
            return counts.getOrDefault(facet, Map.of()).getOrDefault(value, 0);
        }

    }

}
