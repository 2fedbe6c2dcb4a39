/**
 * The images: the inventory page with its filters, counts and table, the page of one image, the CSV
 * export and {@code /api/images}, all read from {@link io.imageinventory.images.LatestImages}, what is
 * derived once from each published snapshot.
 */
@NullMarked
package io.imageinventory.images;

import org.jspecify.annotations.NullMarked;
