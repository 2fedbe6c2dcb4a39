package io.imageinventory.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.web.servlet.View;

/**
 * {@code /images}: the page around the results from {@link PageShells}, this response's CSRF token, and
 * the results shared by everyone from {@link ImagesResults}; or for htmx the results alone. Thymeleaf
 * escaped both when it rendered them; nothing here unescapes.
 */
final class ImagesPageView implements View {

    /** The element images.html has where the results go. */
    static final String SLOT = "<div id=\"results-slot\"></div>";

    private static final String CONTENT_TYPE = "text/html;charset=UTF-8";

    private final View page;

    private final PageShells shells;

    private final byte[] results;

    ImagesPageView(View page, PageShells shells, byte[] results) {
        this.page = page;
        this.shells = shells;
        this.results = results;
    }

    static View resultsOnly(byte[] results) {
        return (model, request, response) -> {
            response.setContentType(CONTENT_TYPE);
            response.setContentLength(results.length);
            response.getOutputStream().write(results);
        };
    }

    @Override
    public String getContentType() {
        return CONTENT_TYPE;
    }

    @Override
    public void render(@Nullable Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        PageShell shell = shells.shell(page, model == null ? Map.of() : model, request, response);
        byte[] token = PageShells.token(request);
        response.setContentType(CONTENT_TYPE);
        response.setContentLength(shell.length(token, results));
        shell.write(response.getOutputStream(), token, results);
    }

}
