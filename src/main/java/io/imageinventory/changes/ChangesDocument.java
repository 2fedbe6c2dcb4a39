package io.imageinventory.changes;

import java.util.List;

/**
 * The {@code /api/changes} document.
 *
 * @param changes the changes that match, newest first
 */
public record ChangesDocument(List<ImageChange> changes) {
}
