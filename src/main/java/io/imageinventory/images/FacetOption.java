package io.imageinventory.images;

import org.jspecify.annotations.Nullable;

/**
 * One value of a facet: how many match it under the other filters, and the link that toggles it.
 *
 * @param value the value as the query parameter takes it
 * @param label the value as people read it
 * @param count how many match it under the other filters
 * @param selected whether it is a filter in force
 * @param href the URL with it toggled, or null for a value the filter does not accept
 */
public record FacetOption(String value, String label, int count, boolean selected, @Nullable String href) {
}
