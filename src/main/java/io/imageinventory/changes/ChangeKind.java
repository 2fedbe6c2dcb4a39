package io.imageinventory.changes;

/**
 * What happened to an image between two successful refreshes of its source.
 */
public enum ChangeKind {

    ADDED, REMOVED, STATE_CHANGED, ERROR_DETAILS_CHANGED, UPDATE_AVAILABLE

}
