package io.imageinventory.errors;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * What went wrong, as every error under {@code /api/} answers it: the members of problem details
 * (RFC 9457) and the contract's {@code error}, the same text as {@code detail}. Error pages read the
 * same members.
 *
 * @param type always {@code about:blank}: the status says what kind of problem it is
 * @param title the status's reason phrase
 * @param status the HTTP status
 * @param detail what was wrong, in words meant for people
 * @param instance the path that was asked for
 * @param error the same as {@code detail}, the field the product contract names
 */
public record ApiProblem(String type, String title, int status, String detail, String instance, String error) {

    static ApiProblem of(HttpStatus status, String detail, String instance) {
        return new ApiProblem("about:blank", status.getReasonPhrase(), status.value(), detail, instance, detail);
    }

    Map<String, Object> asMap() {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("type", type);
        members.put("title", title);
        members.put("status", status);
        members.put("detail", detail);
        members.put("instance", instance);
        members.put("error", error);
        return members;
    }

}
