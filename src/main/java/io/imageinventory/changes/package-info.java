/**
 * What changed between refreshes (images added, removed, changing state, errors or updates): the change
 * log, and the timeline that shows it at {@code /changes} and {@code /api/changes}.
 */
@NullMarked
package io.imageinventory.changes;

import org.jspecify.annotations.NullMarked;
