package io.imageinventory.images;

/**
 * A filter in force, as {@code fragments/filters} shows it, with the link that removes it.
 *
 * @param facet the facet's label
 * @param value the chosen value as shown
 * @param removeHref the URL without it
 */
public record ActiveFilter(String facet, String value, String removeHref) {
}
