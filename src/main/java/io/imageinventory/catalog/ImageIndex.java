package io.imageinventory.catalog;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.imageinventory.inventory.ImageRow;

/**
 * The facet values of one snapshot's images as small integer codes, built once per snapshot: a search
 * then compares and counts arrays instead of calling accessors and hashing strings for every image
 * of every request.
 */
final class ImageIndex {

    private static final Facet[] FACETS = Facet.values();

    private final List<ImageRow> images;

    /** Per facet, the value of each code ({@link ImageSearch#NOT_SET} for an absent field). */
    private final List<List<String>> values = new ArrayList<>(FACETS.length);

    /** The code of image {@code i} for facet {@code f} at {@code i * FACETS.length + f}. */
    private final int[] codes;

    ImageIndex(List<ImageRow> images) {
        this.images = images;
        this.codes = new int[images.size() * FACETS.length];
        List<Map<String, Integer>> dictionaries = new ArrayList<>(FACETS.length);
        for (int f = 0; f < FACETS.length; f++) {
            values.add(new ArrayList<>());
            dictionaries.add(new HashMap<>());
        }
        for (int i = 0; i < images.size(); i++) {
            ImageRow image = images.get(i);
            for (int f = 0; f < FACETS.length; f++) {
                String value = FACETS[f].valueOf(image);
                List<String> known = values.get(f);
                codes[i * FACETS.length + f] = dictionaries.get(f).computeIfAbsent(value == null ? ImageSearch.NOT_SET : value,
                        key -> {
                            known.add(key);
                            return known.size() - 1;
                        });
            }
        }
    }

    int size() {
        return images.size();
    }

    ImageRow image(int i) {
        return images.get(i);
    }

    /**
     * The images at these positions, as a view: a page shows 50 of them, so tens of thousands of
     * matches are not copied into a list of their own.
     */
    List<ImageRow> images(int[] positions, int count) {
        return new AbstractList<>() {

            @Override
            public ImageRow get(int i) {
                Objects.checkIndex(i, count);
                return images.get(positions[i]);
            }

            @Override
            public int size() {
                return count;
            }

        };
    }

    int code(int image, int facet) {
        return codes[image * FACETS.length + facet];
    }

    int valueCount(int facet) {
        return values.get(facet).size();
    }

    String value(int facet, int code) {
        return values.get(facet).get(code);
    }

    /**
     * Per facet, which codes the filter lets through, or null for a facet it does not filter on. An
     * absent field never matches a chosen value.
     */
    boolean[][] allowed(ImageFilter filter) {
        boolean[][] allowed = new boolean[FACETS.length][];
        for (int f = 0; f < FACETS.length; f++) {
            var chosen = filter.selected(FACETS[f]);
            if (!chosen.isEmpty()) {
                allowed[f] = new boolean[valueCount(f)];
                for (int code = 0; code < allowed[f].length; code++) {
                    String value = value(f, code);
                    allowed[f][code] = !value.equals(ImageSearch.NOT_SET) && chosen.contains(value);
                }
            }
        }
        return allowed;
    }

}
