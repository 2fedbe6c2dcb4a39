package io.imageinventory.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import io.imageinventory.catalog.ImageFilter;
import io.imageinventory.inventory.ImageRow;
import io.imageinventory.inventory.InventoryRefresher;
import io.imageinventory.inventory.InventorySnapshot;
import io.imageinventory.inventory.InventoryStore;

import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The inventory as JSON, for scripts and for checking it from outside; the same filters as the page.
 */
@RestController
@RequestMapping("/api")
class InventoryApiController {

    private final LatestImages latest;

    private final InventoryStore store;

    private final InventoryRefresher refresher;

    InventoryApiController(LatestImages latest, InventoryStore store, InventoryRefresher refresher) {
        this.latest = latest;
        this.store = store;
        this.refresher = refresher;
    }

    /** Every match, unpaged, newest first. */
    @GetMapping("/images")
    ImagesDocument images(@RequestParam MultiValueMap<String, String> parameters) {
        ImageFilter filter = ImageFilter.parse(parameters);
        List<ImageRow> images = latest.latest().search().filter(filter);
        return new ImagesDocument(images.size(), images.stream().map(ImageDocument::of).toList());
    }

    @GetMapping("/status")
    StatusDocument status(HttpServletRequest request) {
        InventorySnapshot snapshot = store.snapshot();
        return StatusDocument.of(snapshot, refresher.refreshing(), request.isUserInRole(ImagesController.ADMIN));
    }

    record ImagesDocument(int total, List<ImageDocument> images) {
    }

}
