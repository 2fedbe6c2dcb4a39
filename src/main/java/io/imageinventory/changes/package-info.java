/**
 * What changed between refreshes: images added, removed, changing state, errors or updates.
 */
@NullMarked
package io.imageinventory.changes;

import org.jspecify.annotations.NullMarked;
