package io.imageinventory.changes;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.imageinventory.catalog.Facet;
import io.imageinventory.catalog.InvalidQueryException;

/**
 * What the change timeline can be filtered by, on {@code /changes} and {@code /api/changes}, with its query
 * parameter.
 */
public enum ChangeFilter {

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

    ChangeFilter(String parameter, String label, Function<ImageChange, String> value) {
        this.parameter = parameter;
        this.label = label;
        this.value = value;
    }

    public String parameter() {
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
