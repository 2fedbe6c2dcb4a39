package io.imageinventory.web;

import jakarta.servlet.http.HttpServletRequest;

import io.imageinventory.catalog.InvalidQueryException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * The error page for a bad query (400) or an unknown image (404).
 */
@ControllerAdvice(assignableTypes = { ImagesController.class, ImagesCsvController.class, ChangesController.class })
class PageAdvice {

    private final LatestImages images;

    PageAdvice(LatestImages images) {
        this.images = images;
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
        page.addObject(LatestImages.ERROR_TOTAL, images.errorTotal(request));
        return page;
    }

}
