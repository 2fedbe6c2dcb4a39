package io.imageinventory.images;

import jakarta.servlet.http.HttpServletRequest;

import io.imageinventory.inventory.InventorySnapshot;
import org.jspecify.annotations.Nullable;

import org.springframework.context.event.EventListener;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The latest published snapshot as the image pages, the CSV and the API read it ({@link ImagesSnapshot}),
 * derived once when the store publishes it; and the count behind the "ERROR (n)" chip that the header of
 * every page shows from it. The count is inventory data, so only viewers get it: error pages are also
 * shown to visitors who are not signed in and to people who may not view.
 */
@ControllerAdvice
class LatestImages {

    static final String ERROR_TOTAL = "errorTotal";

    private static final String VIEWER = "VIEWER";

    private volatile ImagesSnapshot latest = new ImagesSnapshot(InventorySnapshot.EMPTY);

    @EventListener
    void published(InventorySnapshot snapshot) {
        latest = new ImagesSnapshot(snapshot);
    }

    ImagesSnapshot latest() {
        return latest;
    }

    /** The number of ERROR images, or null (no chip) for anyone who may not view the inventory. */
    @ModelAttribute(ERROR_TOTAL)
    @Nullable Integer errorTotal(HttpServletRequest request) {
        return request.isUserInRole(VIEWER) ? latest.errorCount() : null;
    }

}
