package io.imageinventory.changes;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.imageinventory.catalog.InvalidQueryException;

import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * The filters of the change timeline, read from the URL and written back into its links; the same on
 * {@code /changes} and {@code /api/changes}. Values of one parameter are alternatives, different
 * parameters must all match, as on the images.
 *
 * @param selected the chosen values of each filter, normalised; a filter without values does not filter
 */
record ChangesQuery(Map<ChangeFilter, Set<String>> selected) {

    static final String PATH = "/changes";

    static final ChangesQuery NONE = new ChangesQuery(Map.of());

    ChangesQuery {
        EnumMap<ChangeFilter, Set<String>> copy = new EnumMap<>(ChangeFilter.class);
        selected.forEach((filter, values) -> {
            if (!values.isEmpty()) {
                copy.put(filter, Collections.unmodifiableSet(new LinkedHashSet<>(values)));
            }
        });
        selected = Collections.unmodifiableMap(copy);
    }

    /**
     * Reads the filter parameters, ignoring blank values and other parameters.
     * @throws InvalidQueryException for a value a filter does not accept
     */
    static ChangesQuery parse(Map<String, List<String>> parameters) {
        EnumMap<ChangeFilter, Set<String>> selected = new EnumMap<>(ChangeFilter.class);
        for (ChangeFilter filter : ChangeFilter.values()) {
            for (String raw : parameters.getOrDefault(filter.parameter(), List.of())) {
                if (!raw.isBlank()) {
                    selected.computeIfAbsent(filter, key -> new LinkedHashSet<>()).add(filter.normalise(raw));
                }
            }
        }
        return new ChangesQuery(selected);
    }

    Set<String> selected(ChangeFilter filter) {
        return selected.getOrDefault(filter, Set.of());
    }

    boolean isEmpty() {
        return selected.isEmpty();
    }

    /** The changes that match, in the order given. */
    List<ImageChange> apply(List<ImageChange> changes) {
        return isEmpty() ? changes : changes.stream().filter(this::matches).toList();
    }

    boolean matches(ImageChange change) {
        for (ChangeFilter filter : ChangeFilter.values()) {
            if (!matches(filter, change)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the change matches every filter but this one, which it is being counted for. */
    boolean matchesAllBut(ChangeFilter ignored, ImageChange change) {
        for (ChangeFilter filter : ChangeFilter.values()) {
            if (filter != ignored && !matches(filter, change)) {
                return false;
            }
        }
        return true;
    }

    private boolean matches(ChangeFilter filter, ImageChange change) {
        Set<String> values = selected.get(filter);
        return values == null || values.contains(filter.valueOf(change));
    }

    /** This query with the value added to the filter, or removed when it was chosen. */
    ChangesQuery toggle(ChangeFilter filter, String value) {
        EnumMap<ChangeFilter, Set<String>> next = new EnumMap<>(ChangeFilter.class);
        next.putAll(selected);
        Set<String> values = new LinkedHashSet<>(selected(filter));
        if (!values.remove(value)) {
            values.add(value);
        }
        next.put(filter, values);
        return new ChangesQuery(next);
    }

    /** The URL of the timeline with these filters. */
    String href() {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath(PATH);
        for (ChangeFilter filter : ChangeFilter.values()) {
            for (String value : selected(filter)) {
                url.queryParam(filter.parameter(), UriUtils.encode(value, StandardCharsets.UTF_8));
            }
        }
        return url.build(true).toUriString();
    }

}
