package io.imageinventory.inventory;

import java.util.List;

/**
 * One (account, region) pair to list images from.
 */
interface ImageSource {

    SourceKey key();

    String accountName();

    /** Every owned and shared image of this source, every page; throws when the source cannot be read. */
    List<ImageRow> fetchImages();

    /** Whether some owned images still wait for {@link #withSharing}. */
    default boolean sharingOutdated(List<ImageRow> rows) {
        return false;
    }

    /** The rows with whom each owned image is shared, where that can be found out. */
    default List<ImageRow> withSharing(List<ImageRow> rows) {
        return rows;
    }

    /** A source known to be unreadable before any call, such as an account whose id cannot be resolved. */
    static ImageSource unreachable(SourceKey key, String accountName, RuntimeException cause) {
        return new Unreachable(key, accountName, cause);
    }

    record Unreachable(SourceKey key, String accountName, RuntimeException cause) implements ImageSource {

        @Override
        public List<ImageRow> fetchImages() {
            throw cause;
        }

    }

}
