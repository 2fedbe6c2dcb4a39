package io.imageinventory.web;

import java.util.Map;
import java.util.Set;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.json.JacksonJsonView;

/**
 * Every error the container forwards (an unknown address, a failure nobody handled) as this
 * application's page, or as {@code {"error": "..."}} under {@code /api/}; never the whitelabel page,
 * never a stack trace or an exception message.
 */
@Controller
class ErrorPageController implements ErrorController {

    @RequestMapping("${server.error.path:${error.path:/error}}")
    ModelAndView error(HttpServletRequest request) {
        HttpStatus status = status(request);
        String message = message(status);
        if (isApi(request)) {
            JacksonJsonView json = new JacksonJsonView();
            json.setModelKeys(Set.of("error"));
            ModelAndView body = new ModelAndView(json, Map.of("error", message));
            body.setStatus(status);
            return body;
        }
        ModelAndView page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        page.addObject("error", status.getReasonPhrase());
        page.addObject("message", message);
        return page;
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    private static boolean isApi(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri instanceof String value ? value : request.getRequestURI();
        return path.startsWith(request.getContextPath() + "/api/");
    }

    private static String message(HttpStatus status) {
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
