package io.imageinventory.inventory;

/**
 * How a whole refresh went.
 */
public enum RefreshOutcome {

    /** Every source was listed and read. */
    SUCCESS,

    /** Some sources failed, or the list of sources is the last good one rather than this refresh's. */
    PARTIAL,

    /** Every source failed, or the sources could not even be listed (no region, no credentials). */
    FAILURE

}
