package io.imageinventory.images;

import java.util.List;

import io.imageinventory.catalog.ImageFilter;
import io.imageinventory.inventory.ImageRow;

import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The inventory as JSON, for scripts and for checking it from outside; the same filters as the page.
 */
@RestController
class ImagesApiController {

    private final LatestImages images;

    ImagesApiController(LatestImages images) {
        this.images = images;
    }

    /** Every match, unpaged, newest first. */
    @GetMapping("/api/images")
    ImagesDocument images(@RequestParam MultiValueMap<String, String> parameters) {
        List<ImageRow> matches = images.latest().search().filter(ImageFilter.parse(parameters));
        return new ImagesDocument(matches.size(), matches.stream().map(ImageDocument::of).toList());
    }

}
