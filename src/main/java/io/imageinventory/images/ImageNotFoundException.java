package io.imageinventory.images;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * No image with this id in this account and region: answered 404, with a reason that says so.
 */
class ImageNotFoundException extends ResponseStatusException {

    ImageNotFoundException(String accountId, String region, String imageId) {
        super(HttpStatus.NOT_FOUND, "There is no image " + imageId + " in account " + accountId + ", region " + region
                + ". It may have been deleted since the link was made.");
    }

}
