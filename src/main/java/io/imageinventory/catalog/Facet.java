package io.imageinventory.catalog;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

import io.imageinventory.inventory.ImageRow;
import org.jspecify.annotations.Nullable;

/**
 * A field images are filtered and counted by, with its query parameter and what it accepts. Values
 * are matched case-insensitively by normalising them to the case the API uses.
 */
public enum Facet {

    STATE("state", "State", ImageRow::state, List.of("AVAILABLE", "PENDING", "ERROR")),

    TENANCY("tenancy", "Tenancy", ImageRow::requiredTenancy, List.of("DEFAULT", "DEDICATED")),

    OS("os", "Operating system", ImageRow::operatingSystem, List.of("WINDOWS", "LINUX")),

    TYPE("type", "Type", ImageRow::imageType, List.of("OWNED", "SHARED")),

    ACCOUNT("account", "Account", ImageRow::accountId, Pattern.compile("\\d{12}"),
            "a 12-digit AWS account id such as 123456789012"),

    REGION("region", "Region", ImageRow::region, Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d"),
            "an AWS region such as us-east-1"),

    /**
     * Whether any of the account's own bundles is built on the image: {@code NO} finds the unused ones.
     * Neither value matches while the bundles are unknown.
     */
    BUNDLED("bundled", "Used by a bundle", image -> image.bundles() == null ? null : image.bundles().isEmpty() ? "NO" : "YES",
            List.of("YES", "NO"));

    private final String parameter;

    private final String label;

    private final Function<ImageRow, @Nullable String> value;

    private final List<String> knownValues;

    private final @Nullable Pattern form;

    private final String validValues;

    Facet(String parameter, String label, Function<ImageRow, @Nullable String> value, List<String> knownValues) {
        this.parameter = parameter;
        this.label = label;
        this.value = value;
        this.knownValues = knownValues;
        this.form = null;
        this.validValues = String.join(", ", knownValues);
    }

    Facet(String parameter, String label, Function<ImageRow, @Nullable String> value, Pattern form,
            String validValues) {
        this.parameter = parameter;
        this.label = label;
        this.value = value;
        this.knownValues = List.of();
        this.form = form;
        this.validValues = validValues;
    }

    public String parameter() {
        return parameter;
    }

    public String label() {
        return label;
    }

    /** The fixed values this facet accepts, in display order; empty when any well-formed value is accepted. */
    public List<String> knownValues() {
        return knownValues;
    }

    public @Nullable String valueOf(ImageRow image) {
        return value.apply(image);
    }

    /** The value in the case the API uses, or an exception naming the parameter and the valid values. */
    public String normalise(String raw) {
        String trimmed = raw.trim();
        if (form == null) {
            String upper = trimmed.toUpperCase(Locale.ROOT);
            if (knownValues.contains(upper)) {
                return upper;
            }
        }
        else {
            String lower = trimmed.toLowerCase(Locale.ROOT);
            if (form.matcher(lower).matches()) {
                return lower;
            }
        }
        throw new InvalidQueryException(parameter, raw, validValues);
    }

}
