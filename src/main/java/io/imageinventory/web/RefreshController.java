package io.imageinventory.web;

import java.security.Principal;

import io.imageinventory.inventory.InventoryRefresher;
import io.imageinventory.inventory.InventoryStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Manual refreshes, for admins (the security rules say who may post here). Neither route waits for
 * the refresh: it can take minutes, and its progress shows in the status of each source.
 */
@Controller
class RefreshController {

    private static final Logger log = LoggerFactory.getLogger(RefreshController.class);

    private final InventoryRefresher refresher;

    private final InventoryStore store;

    RefreshController(InventoryRefresher refresher, InventoryStore store) {
        this.refresher = refresher;
        this.store = store;
    }

    @PostMapping("/refresh")
    RedirectView refresh(Principal user) {
        start(user);
        RedirectView images = new RedirectView("/images", true);
        images.setStatusCode(HttpStatus.SEE_OTHER);
        return images;
    }

    @PostMapping("/api/refresh")
    @ResponseBody
    ResponseEntity<StatusDocument> refreshFromApi(Principal user) {
        start(user);
        return ResponseEntity.accepted().body(StatusDocument.of(store.snapshot(), true));
    }

    private void start(Principal user) {
        log.info("Refresh requested by {}", user.getName());
        refresher.refresh();
    }

}
