package io.imageinventory.errors;

import java.util.Map;
import java.util.Set;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.json.JacksonJsonView;

/**
 * Boot's error controller, which renders {@code templates/error.html} with {@link ProblemErrorAttributes},
 * except that under {@code /api/} every error is problem details as {@code application/problem+json},
 * also to a browser that opens an API address: never a page there.
 */
@Controller
class ApiAwareErrorController extends BasicErrorController {

    ApiAwareErrorController(ErrorAttributes errorAttributes, WebProperties web,
            ObjectProvider<ErrorViewResolver> errorViewResolvers) {
        super(errorAttributes, web.getError(), errorViewResolvers.orderedStream().toList());
    }

    @Override
    public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
        if (!isApi(request)) {
            return super.errorHtml(request, response);
        }
        Map<String, Object> problem = getErrorAttributes(request, getErrorAttributeOptions(request, MediaType.ALL));
        JacksonJsonView json = new JacksonJsonView();
        json.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.setModelKeys(Set.copyOf(problem.keySet()));
        json.setExtractValueFromSingleKeyModel(false);
        ModelAndView body = new ModelAndView(json, problem);
        body.setStatus(getStatus(request));
        return body;
    }

    @Override
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        ResponseEntity<Map<String, Object>> error = super.error(request);
        return ResponseEntity.status(error.getStatusCode()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(error.getBody());
    }

    private static boolean isApi(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri instanceof String value ? value : request.getRequestURI();
        return path.startsWith(request.getContextPath() + "/api/");
    }

}
