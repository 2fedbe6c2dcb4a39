package io.imageinventory.hygiene;

/**
 * Something that must change before an owned image can be deleted.
 *
 * @param kind what blocks it
 * @param detail which bundle, which account, or which state
 */
public record DeletionBlocker(Kind kind, String detail) {

    public enum Kind {

        /** The image is PENDING: WorkSpaces refuses to delete it until it is AVAILABLE or ERROR. */
        STATE,

        /** One of the account's bundles is built on it. */
        BUNDLE,

        /** It is shared with another account. */
        SHARED

    }

}
