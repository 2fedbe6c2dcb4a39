/**
 * Finding images in a snapshot: the filters shared by the pages, the CSV and the API, the counts
 * per facet, and the sort orders. Plain Java, no Spring, one pass over the images per search.
 */
@NullMarked
package io.imageinventory.catalog;

import org.jspecify.annotations.NullMarked;
