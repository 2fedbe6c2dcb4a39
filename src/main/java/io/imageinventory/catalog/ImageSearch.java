package io.imageinventory.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.imageinventory.inventory.ImageRow;
import org.jspecify.annotations.Nullable;

/**
 * Filters images and counts facets in one pass. A facet's counts honour every other filter but not
 * its own, so that each count says how many images choosing that value would add or leave.
 */
public final class ImageSearch {

    /** The key counted for images that lack a facet's field (old images without an operating system). */
    public static final String NOT_SET = "";

    private static final Facet[] FACETS = Facet.values();

    private static final int ALL_MATCH = -1;

    private static final int SEVERAL_MISSES = -2;

    private ImageSearch() {
    }

    /** The images that match, in the order given; for the CSV and the API, which need no counts. */
    public static List<ImageRow> filter(List<ImageRow> images, ImageFilter filter) {
        if (filter.isEmpty()) {
            return images;
        }
        List<ImageRow> matches = new ArrayList<>();
        for (ImageRow image : images) {
            if (filter.matchesText(image) && firstMiss(filter, image) == ALL_MATCH) {
                matches.add(image);
            }
        }
        return matches;
    }

    /** The images that match, in the order given, with the count of every facet value. */
    public static Result search(List<ImageRow> images, ImageFilter filter) {
        List<ImageRow> matches = filter.isEmpty() ? images : new ArrayList<>();
        List<Map<String, int[]>> counts = new ArrayList<>(FACETS.length);
        for (int i = 0; i < FACETS.length; i++) {
            counts.add(new HashMap<>());
        }
        for (ImageRow image : images) {
            if (!filter.matchesText(image)) {
                continue;
            }
            int miss = firstMiss(filter, image);
            if (miss == ALL_MATCH) {
                if (matches != images) {
                    matches.add(image);
                }
                for (int i = 0; i < FACETS.length; i++) {
                    count(counts.get(i), FACETS[i].valueOf(image));
                }
            }
            else if (miss >= 0) {
                count(counts.get(miss), FACETS[miss].valueOf(image));
            }
        }
        EnumMap<Facet, Map<String, Integer>> totals = new EnumMap<>(Facet.class);
        for (int i = 0; i < FACETS.length; i++) {
            Map<String, Integer> facetTotals = new HashMap<>();
            counts.get(i).forEach((value, count) -> facetTotals.put(value, count[0]));
            totals.put(FACETS[i], Collections.unmodifiableMap(facetTotals));
        }
        return new Result(matches, totals);
    }

    /** The index of the only facet the image misses, or whether it misses none or several. */
    private static int firstMiss(ImageFilter filter, ImageRow image) {
        int miss = ALL_MATCH;
        for (int i = 0; i < FACETS.length; i++) {
            if (!filter.matches(FACETS[i], image)) {
                if (miss != ALL_MATCH) {
                    return SEVERAL_MISSES;
                }
                miss = i;
            }
        }
        return miss;
    }

    private static void count(Map<String, int[]> counts, @Nullable String value) {
        counts.computeIfAbsent(value == null ? NOT_SET : value, key -> new int[1])[0]++;
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
