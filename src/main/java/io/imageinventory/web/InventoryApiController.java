package io.imageinventory.web;

import java.util.List;

import io.imageinventory.inventory.ImageRow;
import io.imageinventory.inventory.InventoryRefresher;
import io.imageinventory.inventory.InventorySnapshot;
import io.imageinventory.inventory.InventoryStore;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The inventory as JSON, for scripts and for checking it from outside.
 */
@RestController
@RequestMapping("/api")
class InventoryApiController {

    private final InventoryStore store;

    private final InventoryRefresher refresher;

    InventoryApiController(InventoryStore store, InventoryRefresher refresher) {
        this.store = store;
        this.refresher = refresher;
    }

    @GetMapping("/images")
    ImagesDocument images() {
        List<ImageRow> images = store.snapshot().images();
        return new ImagesDocument(images.size(), images);
    }

    @GetMapping("/status")
    StatusDocument status() {
        InventorySnapshot snapshot = store.snapshot();
        return StatusDocument.of(snapshot, refresher.refreshing());
    }

    record ImagesDocument(int total, List<ImageRow> images) {
    }

}
