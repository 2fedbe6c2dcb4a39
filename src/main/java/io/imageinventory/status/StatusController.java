package io.imageinventory.status;

import jakarta.servlet.http.HttpServletRequest;

import io.imageinventory.inventory.InventoryRefresher;
import io.imageinventory.inventory.InventoryStore;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Whether a refresh runs and how each source last went, as JSON.
 */
@RestController
class StatusController {

    private final InventoryStore store;

    private final InventoryRefresher refresher;

    StatusController(InventoryStore store, InventoryRefresher refresher) {
        this.store = store;
        this.refresher = refresher;
    }

    @GetMapping("/api/status")
    StatusDocument status(HttpServletRequest request) {
        return StatusDocument.of(store.snapshot(), refresher.refreshing(), request.isUserInRole(RefreshController.ADMIN));
    }

}
