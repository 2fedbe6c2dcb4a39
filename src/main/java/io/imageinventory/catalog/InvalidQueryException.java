package io.imageinventory.catalog;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A query parameter with a value the catalog does not know: a bad request, whose reason names the
 * parameter and lists the valid values, and is safe to show to the person who sent it.
 */
public class InvalidQueryException extends ResponseStatusException {

    private static final int MAX_ECHOED = 80;

    private final String parameter;

    public InvalidQueryException(String parameter, String value, String validValues) {
        super(HttpStatus.BAD_REQUEST, "Unknown value “" + shorten(value) + "” for parameter “" + parameter
                + "”. Valid values: " + validValues + ".");
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    /** The reason alone, without the status that {@link ResponseStatusException} puts before it. */
    @Override
    public String getMessage() {
        return String.valueOf(getReason());
    }

    private static String shorten(String value) {
        return value.length() <= MAX_ECHOED ? value : value.substring(0, MAX_ECHOED) + "…";
    }

}
