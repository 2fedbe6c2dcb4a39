package io.imageinventory.errors;

import java.util.Map;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;

/**
 * What Boot's error handling says about every error, page or JSON: {@link ApiProblem}'s members. The
 * detail is written for people: the reason of a {@link ResponseStatusException} (a bad filter names the
 * parameter and its valid values, an unknown image says which), or else a sentence for the status; never
 * an exception's message nor a stack trace, which can tell what failed inside.
 */
@Component
class ProblemErrorAttributes extends DefaultErrorAttributes {

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> found = super.getErrorAttributes(request,
                ErrorAttributeOptions.of(ErrorAttributeOptions.Include.STATUS, ErrorAttributeOptions.Include.PATH));
        HttpStatus status = found.get("status") instanceof Integer code && HttpStatus.resolve(code) != null
                ? HttpStatus.valueOf(code) : HttpStatus.INTERNAL_SERVER_ERROR;
        String detail = getError(request) instanceof ResponseStatusException rejected && rejected.getReason() != null
                ? rejected.getReason() : sentence(status);
        return ApiProblem.of(status, detail, String.valueOf(found.get("path"))).asMap();
    }

    private static String sentence(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "There is nothing at this address.";
            case METHOD_NOT_ALLOWED -> "This address does not accept that kind of request.";
            case UNAUTHORIZED -> "Sign in to see this.";
            case FORBIDDEN -> "You are not allowed to see this.";
            case BAD_REQUEST -> "The request could not be understood.";
            default -> status.is5xxServerError()
                    ? "Something went wrong on our side. Try again in a moment; if it keeps happening, "
                            + "tell whoever runs Image Inventory."
                    : status.getReasonPhrase() + ".";
        };
    }

}
