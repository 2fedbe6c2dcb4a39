package io.imageinventory.web;

import jakarta.servlet.http.HttpServletRequest;

import io.imageinventory.catalog.InvalidQueryException;
import io.imageinventory.inventory.ImageRow;
import io.imageinventory.inventory.InventorySnapshot;
import io.imageinventory.inventory.InventoryStore;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;

/**
 * What every page shares: the count behind the "ERROR (n)" chip in the header, and the error page
 * for a bad query (400) or an unknown image (404). The count is inventory data, so only viewers get
 * it: the error page is also shown to visitors who are not signed in (an unknown file, a request the
 * firewall rejects) and to people who may not view.
 */
@ControllerAdvice(assignableTypes = { ImagesController.class, ImagesCsvController.class, ChangesController.class,
        ErrorPageController.class })
class PageAdvice {

    static final String ERROR_TOTAL = "errorTotal";

    private static final String VIEWER = "VIEWER";

    private final InventoryStore store;

    /** Counted once per snapshot rather than once per page view. */
    private volatile ErrorTotal errorTotal = new ErrorTotal(null, 0);

    PageAdvice(InventoryStore store) {
        this.store = store;
    }

    /** The number of ERROR images, or null (no chip) for anyone who may not view the inventory. */
    @ModelAttribute(ERROR_TOTAL)
    @Nullable Integer errorTotal(HttpServletRequest request) {
        if (!request.isUserInRole(VIEWER)) {
            return null;
        }
        InventorySnapshot snapshot = store.snapshot();
        ErrorTotal last = errorTotal;
        if (last.snapshot() != snapshot) {
            int count = 0;
            for (ImageRow image : snapshot.images()) {
                if (image.isError()) {
                    count++;
                }
            }
            last = new ErrorTotal(snapshot, count);
            errorTotal = last;
        }
        return last.count();
    }

    @ExceptionHandler
    ModelAndView badQuery(InvalidQueryException ex, HttpServletRequest request) {
        return errorPage(HttpStatus.BAD_REQUEST, ex.getMessage(), request);
    }

    @ExceptionHandler
    ModelAndView notFound(ImageNotFoundException ex, HttpServletRequest request) {
        return errorPage(HttpStatus.NOT_FOUND, ex.getMessage(), request);
    }

    /** Exception handlers start a fresh model, so the header's count is added again. */
    private ModelAndView errorPage(HttpStatus status, String message, HttpServletRequest request) {
        ModelAndView page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        page.addObject("error", status.getReasonPhrase());
        page.addObject("message", message);
        page.addObject(ERROR_TOTAL, errorTotal(request));
        return page;
    }

    private record ErrorTotal(@Nullable InventorySnapshot snapshot, int count) {
    }

}
