package io.imageinventory.web;

/**
 * No image with this id in this account and region; answered with the 404 page.
 */
class ImageNotFoundException extends RuntimeException {

    ImageNotFoundException(String accountId, String region, String imageId) {
        super("There is no image " + imageId + " in account " + accountId + ", region " + region
                + ". It may have been deleted since the link was made.");
    }

}
