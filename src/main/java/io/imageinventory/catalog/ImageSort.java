package io.imageinventory.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import io.imageinventory.inventory.ImageRow;
import org.jspecify.annotations.Nullable;

/**
 * The order of the table: a field, ascending or descending, written {@code name} or {@code -name}.
 * Images without the field come last either way; ties keep a stable order by id and source.
 *
 * @param field what to sort by
 * @param descending whether the largest (newest, last in the alphabet) comes first
 */
public record ImageSort(Field field, boolean descending) {

    public static final String PARAMETER = "sort";

    /** Newest first: the order the snapshot already has, so it needs no sorting. */
    public static final ImageSort DEFAULT = new ImageSort(Field.CREATED, true);

    private static final Comparator<ImageRow> TIES = Comparator.comparing(ImageRow::imageId)
            .thenComparing(ImageRow::accountId)
            .thenComparing(ImageRow::region)
            .thenComparing(ImageRow::imageType);

    /** @throws InvalidQueryException for anything but a known field with an optional {@code -} */
    public static ImageSort parse(@Nullable String raw) {
        if (raw == null || raw.isBlank()) {
            return DEFAULT;
        }
        String value = raw.trim().toLowerCase(Locale.ROOT);
        boolean descending = value.startsWith("-");
        String name = descending ? value.substring(1) : value;
        for (Field field : Field.values()) {
            if (field.parameterValue().equals(name)) {
                return new ImageSort(field, descending);
            }
        }
        throw new InvalidQueryException(PARAMETER, raw, validValues());
    }

    public boolean isDefault() {
        return equals(DEFAULT);
    }

    /** How it is written in a URL. */
    public String parameterValue() {
        return (descending ? "-" : "") + field.parameterValue();
    }

    /** The other direction on the same field. */
    public ImageSort reversed() {
        return new ImageSort(field, !descending);
    }

    /** The images in this order: the same list for the default order, a sorted copy otherwise. */
    public List<ImageRow> apply(List<ImageRow> images) {
        if (isDefault()) {
            return images;
        }
        List<ImageRow> sorted = new ArrayList<>(images);
        sorted.sort(field.comparator(descending).thenComparing(TIES));
        return sorted;
    }

    private static String validValues() {
        List<String> values = new ArrayList<>();
        for (Field field : Field.values()) {
            values.add(field.parameterValue());
            values.add("-" + field.parameterValue());
        }
        return String.join(", ", values);
    }

    /** The fields the table can be sorted by. */
    public enum Field {

        CREATED("created", "Created", ImageRow::created),

        NAME("name", "Name", ImageRow::name),

        STATE("state", "State", ImageRow::state);

        private final String parameterValue;

        private final String label;

        private final Function<ImageRow, @Nullable Comparable<?>> value;

        Field(String parameterValue, String label, Function<ImageRow, @Nullable Comparable<?>> value) {
            this.parameterValue = parameterValue;
            this.label = label;
            this.value = value;
        }

        public String parameterValue() {
            return parameterValue;
        }

        public String label() {
            return label;
        }

        @SuppressWarnings({ "unchecked", "rawtypes" })
        Comparator<ImageRow> comparator(boolean descending) {
            Comparator<Comparable> natural = this == NAME
                    ? (Comparator) String.CASE_INSENSITIVE_ORDER
                    : Comparator.naturalOrder();
            Comparator<Comparable> direction = descending ? natural.reversed() : natural;
            return Comparator.comparing(image -> (Comparable) value.apply(image), Comparator.nullsLast(direction));
        }

    }

}
