package io.imageinventory.errors;

import jakarta.servlet.http.HttpServletRequest;

import io.imageinventory.catalog.InvalidQueryException;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A bad filter under {@code /api/} is answered here rather than through the error page, so that the
 * API's description shows the answer (springdoc reads it from this method).
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiErrorAdvice {

    @ExceptionHandler
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ResponseEntity<ApiProblem> badQuery(InvalidQueryException ex, HttpServletRequest request) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ApiProblem.of(HttpStatus.BAD_REQUEST, ex.getMessage(), request.getRequestURI()));
    }

}
