package io.imageinventory.web;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.imageinventory.catalog.Facet;
import io.imageinventory.catalog.InvalidQueryException;
import io.imageinventory.changes.ChangeKind;
import io.imageinventory.changes.ImageChange;

import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * The filters of the change timeline, read from the URL and written back into its links; the same on
 * {@code /changes} and {@code /api/changes}. Values of one parameter are alternatives, different
 * parameters must all match, as on the images.
 *
 * @param selected the chosen values of each filter, normalised; a filter without values does not filter
 */
record ChangesQuery(Map<ChangesQuery.Filter, Set<String>> selected) {

    static final String PATH = "/changes";

    static final ChangesQuery NONE = new ChangesQuery(Map.of());

    ChangesQuery {
        EnumMap<Filter, Set<String>> copy = new EnumMap<>(Filter.class);
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
        EnumMap<Filter, Set<String>> selected = new EnumMap<>(Filter.class);
        for (Filter filter : Filter.values()) {
            for (String raw : parameters.getOrDefault(filter.parameter(), List.of())) {
                if (!raw.isBlank()) {
                    selected.computeIfAbsent(filter, key -> new LinkedHashSet<>()).add(filter.normalise(raw));
                }
            }
        }
        return new ChangesQuery(selected);
    }

    Set<String> selected(Filter filter) {
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
        for (Filter filter : Filter.values()) {
            if (!matches(filter, change)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the change matches every filter but this one, which it is being counted for. */
    boolean matchesAllBut(Filter ignored, ImageChange change) {
        for (Filter filter : Filter.values()) {
            if (filter != ignored && !matches(filter, change)) {
                return false;
            }
        }
        return true;
    }

    private boolean matches(Filter filter, ImageChange change) {
        Set<String> values = selected.get(filter);
        return values == null || values.contains(filter.valueOf(change));
    }

    /** This query with the value added to the filter, or removed when it was chosen. */
    ChangesQuery toggle(Filter filter, String value) {
        EnumMap<Filter, Set<String>> next = new EnumMap<>(Filter.class);
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
        for (Filter filter : Filter.values()) {
            for (String value : selected(filter)) {
                url.queryParam(filter.parameter(), UriUtils.encode(value, StandardCharsets.UTF_8));
            }
        }
        return url.build(true).toUriString();
    }

    /** What the timeline can be filtered by, with its query parameter. */
    enum Filter {

        KIND("kind", "Change", change -> change.kind().name()) {

            @Override
            String normalise(String raw) {
                String upper = raw.trim().toUpperCase(Locale.ROOT);
                if (KINDS.contains(upper)) {
                    return upper;
                }
                throw new InvalidQueryException(parameter(), raw, String.join(", ", KINDS));
            }

        },

        ACCOUNT("account", "Account", ImageChange::accountId) {

            @Override
            String normalise(String raw) {
                return Facet.ACCOUNT.normalise(raw);
            }

        },

        REGION("region", "Region", ImageChange::region) {

            @Override
            String normalise(String raw) {
                return Facet.REGION.normalise(raw);
            }

        };

        private static final Set<String> KINDS = Arrays.stream(ChangeKind.values())
                .map(ChangeKind::name)
                .collect(Collectors.toCollection(LinkedHashSet::new));

        private final String parameter;

        private final String label;

        private final Function<ImageChange, String> value;

        Filter(String parameter, String label, Function<ImageChange, String> value) {
            this.parameter = parameter;
            this.label = label;
            this.value = value;
        }

        String parameter() {
            return parameter;
        }

        String label() {
            return label;
        }

        String valueOf(ImageChange change) {
            return value.apply(change);
        }

        /** The value in the case the change log uses, or an exception naming the parameter and the valid values. */
        abstract String normalise(String raw);

    }

}
