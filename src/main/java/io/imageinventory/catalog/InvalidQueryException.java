package io.imageinventory.catalog;

/**
 * A query parameter with a value the catalog does not know; the message names the parameter and
 * lists the valid values, and is safe to show to the person who sent it.
 */
public class InvalidQueryException extends RuntimeException {

    private static final int MAX_ECHOED = 80;

    private final String parameter;

    public InvalidQueryException(String parameter, String value, String validValues) {
        super("Unknown value “" + shorten(value) + "” for parameter “" + parameter + "”. Valid values: "
                + validValues + ".");
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    private static String shorten(String value) {
        return value.length() <= MAX_ECHOED ? value : value.substring(0, MAX_ECHOED) + "…";
    }

}
