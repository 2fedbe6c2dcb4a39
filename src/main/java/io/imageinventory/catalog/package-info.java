/**
 * Finding images in a snapshot: the filters shared by the pages, the CSV and the API, the counts
 * per facet, and the sort orders. Plain Java, one pass over the images per search; only its exception
 * is Spring's, a {@code ResponseStatusException}, so that a bad filter is answered 400 wherever it is read.
 */
@NullMarked
package io.imageinventory.catalog;

import org.jspecify.annotations.NullMarked;
