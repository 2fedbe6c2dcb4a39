package io.imageinventory.catalog;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.imageinventory.inventory.ImageRow;
import org.jspecify.annotations.Nullable;

/**
 * The filters of one request: values of one facet are alternatives (any may match), facets and the
 * text must all match. The same parameters filter the page, the CSV and the API.
 *
 * @param selected the chosen values of each facet, normalised; a facet without values does not filter
 * @param text search terms, any of which may appear in the id, name or description, ignoring case
 */
public record ImageFilter(Map<Facet, Set<String>> selected, List<String> text) {

    public static final String TEXT_PARAMETER = "q";

    public static final ImageFilter NONE = new ImageFilter(Map.of(), List.of());

    public ImageFilter {
        EnumMap<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
        selected.forEach((facet, values) -> {
            if (!values.isEmpty()) {
                copy.put(facet, Collections.unmodifiableSet(new LinkedHashSet<>(values)));
            }
        });
        selected = Collections.unmodifiableMap(copy);
        text = List.copyOf(text);
    }

    /**
     * Reads the filter parameters, ignoring blank values (an empty search box) and parameters that are
     * not filters.
     * @throws InvalidQueryException for a value a facet does not accept
     */
    public static ImageFilter parse(Map<String, List<String>> parameters) {
        EnumMap<Facet, Set<String>> selected = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            for (String raw : parameters.getOrDefault(facet.parameter(), List.of())) {
                if (!raw.isBlank()) {
                    selected.computeIfAbsent(facet, key -> new LinkedHashSet<>()).add(facet.normalise(raw));
                }
            }
        }
        List<String> text = parameters.getOrDefault(TEXT_PARAMETER, List.of()).stream()
                .map(String::trim)
                .filter(term -> !term.isEmpty())
                .distinct()
                .toList();
        return new ImageFilter(selected, text);
    }

    public Set<String> selected(Facet facet) {
        return selected.getOrDefault(facet, Set.of());
    }

    public boolean isSelected(Facet facet, String value) {
        return selected(facet).contains(value);
    }

    public boolean isEmpty() {
        return selected.isEmpty() && text.isEmpty();
    }

    /** This filter with the value added to the facet, or removed when it was chosen. */
    public ImageFilter toggle(Facet facet, String value) {
        EnumMap<Facet, Set<String>> next = new EnumMap<>(Facet.class);
        next.putAll(selected);
        Set<String> values = new LinkedHashSet<>(selected(facet));
        if (!values.remove(value)) {
            values.add(value);
        }
        next.put(facet, values);
        return new ImageFilter(next, text);
    }

    public ImageFilter withoutText(String term) {
        return new ImageFilter(selected, text.stream().filter(other -> !other.equals(term)).toList());
    }

    boolean matchesText(ImageRow image) {
        if (text.isEmpty()) {
            return true;
        }
        for (String term : text) {
            if (containsIgnoreCase(image.imageId(), term) || containsIgnoreCase(image.name(), term)
                    || containsIgnoreCase(image.description(), term)) {
                return true;
            }
        }
        return false;
    }

    /** Without building lower-case copies: this runs for every image on every search. */
    private static boolean containsIgnoreCase(@Nullable String haystack, String needle) {
        if (haystack == null) {
            return false;
        }
        int last = haystack.length() - needle.length();
        for (int start = 0; start <= last; start++) {
            if (haystack.regionMatches(true, start, needle, 0, needle.length())) {
                return true;
            }
        }
        return false;
    }

}
