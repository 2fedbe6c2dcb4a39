package io.imageinventory.errors;

import java.util.Map;
import java.util.Set;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.autoconfigure.error.AbstractErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.json.JacksonJsonView;

/**
 * Where the container forwards every error: Boot's error handling ({@link AbstractErrorController}, its
 * error views, {@link ProblemErrorAttributes}), with the answer chosen by the address rather than by what
 * the client accepts, as the rest of the application does: under {@code /api/} problem details as
 * {@code application/problem+json}, also to a browser that opens an API address; elsewhere the page
 * ({@code templates/error.html}), with the header every page has.
 */
@Controller
class ErrorPageController extends AbstractErrorController {

    ErrorPageController(ErrorAttributes errorAttributes, ObjectProvider<ErrorViewResolver> errorViewResolvers) {
        super(errorAttributes, errorViewResolvers.orderedStream().toList());
    }

    @RequestMapping("${server.error.path:${error.path:/error}}")
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) {
        HttpStatus status = getStatus(request);
        Map<String, Object> problem = getErrorAttributes(request, ErrorAttributeOptions.defaults());
        response.setStatus(status.value());
        if (isApi(request)) {
            JacksonJsonView json = new JacksonJsonView();
            json.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.setModelKeys(Set.copyOf(problem.keySet()));
            json.setExtractValueFromSingleKeyModel(false);
            return new ModelAndView(json, problem);
        }
        ModelAndView page = resolveErrorView(request, response, status, problem);
        return page != null ? page : new ModelAndView("error", problem);
    }

    private static boolean isApi(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri instanceof String value ? value : request.getRequestURI();
        return path.startsWith(request.getContextPath() + "/api/");
    }

}
