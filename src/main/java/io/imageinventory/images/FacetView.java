package io.imageinventory.images;

import java.util.List;

/**
 * One facet of {@code fragments/facets} and the count of each of its values: the images' facets, and the
 * change timeline's filters.
 *
 * @param parameter the query parameter
 * @param label what people call it
 * @param options its values
 */
public record FacetView(String parameter, String label, List<FacetOption> options) {
}
