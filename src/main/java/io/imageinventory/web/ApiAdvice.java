package io.imageinventory.web;

import io.imageinventory.catalog.InvalidQueryException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A bad query under {@code /api/} is answered as JSON naming the parameter and its valid values.
 */
@RestControllerAdvice(assignableTypes = { InventoryApiController.class, ChangesApiController.class })
class ApiAdvice {

    @ExceptionHandler
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ApiError badQuery(InvalidQueryException ex) {
        return new ApiError(ex.getMessage());
    }

    /** The body of every JSON error answer. */
    record ApiError(String error) {
    }

}
