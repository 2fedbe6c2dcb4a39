/**
 * Where images are fetched: AWS sources, the paging loop, the refresh and the snapshot that
 * every page reads.
 */
@NullMarked
package io.imageinventory.inventory;

import org.jspecify.annotations.NullMarked;
