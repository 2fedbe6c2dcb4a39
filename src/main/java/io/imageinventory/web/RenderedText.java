package io.imageinventory.web;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.util.Assert;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * Renders a view into a string instead of the response, with the request's context (links, locale,
 * security) as usual: for the parts of a page that are kept and written again later.
 */
final class RenderedText {

    private RenderedText() {
    }

    /** The named view, as the dispatcher would resolve it for this request. */
    static View view(ThymeleafViewResolver views, String name, HttpServletRequest request) {
        try {
            View view = views.resolveViewName(name, RequestContextUtils.getLocale(request));
            Assert.state(view != null, () -> "No view named " + name);
            return view;
        }
        catch (Exception ex) {
            throw new IllegalStateException("Could not resolve the view " + name, ex);
        }
    }

    static String of(View view, Map<String, ?> model, HttpServletRequest request, HttpServletResponse response) {
        CapturedResponse captured = new CapturedResponse(response);
        try {
            view.render(model, request, captured);
        }
        catch (RuntimeException ex) {
            throw ex;
        }
        catch (Exception ex) {
            throw new IllegalStateException("Could not render " + view, ex);
        }
        return captured.text();
    }

    /** The response, except that what the view writes goes into a string. */
    private static final class CapturedResponse extends HttpServletResponseWrapper {

        private final StringWriter text = new StringWriter(8192);

        private final PrintWriter writer = new PrintWriter(text);

        CapturedResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public PrintWriter getWriter() {
            return writer;
        }

        @Override
        public ServletOutputStream getOutputStream() {
            throw new IllegalStateException("Views rendered into text write characters");
        }

        @Override
        public void flushBuffer() {
            writer.flush();
        }

        String text() {
            writer.flush();
            return text.toString();
        }

    }

}
