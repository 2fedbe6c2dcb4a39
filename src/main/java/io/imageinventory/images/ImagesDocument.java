package io.imageinventory.images;

import java.util.List;

/**
 * The {@code /api/images} document.
 *
 * @param total how many images match
 * @param images the matching images, newest first
 */
public record ImagesDocument(int total, List<ImageDocument> images) {
}
