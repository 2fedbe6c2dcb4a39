package io.imageinventory.errors;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Tomcat's last word on a request: what it rejects before the application sees it (a malformed
 * {@code %}-escape in the path, a header it cannot read, a request line it cannot parse) and any error that
 * reaches it without a body. It writes a small page of this application, or problem details under
 * {@code /api/} ({@link ApiProblem}, as the application answers there), in place of Tomcat's "HTTP Status" page. Spring Security's headers are not written out here,
 * so the page sets its own: no caching, and a Content-Security-Policy that allows its stylesheets and icon
 * only.
 */
final class RejectedRequestValve extends ErrorReportValve {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private final String contextPath;

    private final Function<String, @Nullable String> assetUrls;

    /**
     * @param contextPath the application's context path, {@code ""} at the root
     * @param assetUrls the URL a page links for a static file, such as {@code /assets/css/app.css}, with its
     * version; or nothing when it cannot be told yet (the page then goes without it)
     */
    RejectedRequestValve(String contextPath, Function<String, @Nullable String> assetUrls) {
        this.contextPath = contextPath;
        this.assetUrls = assetUrls;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, @Nullable Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean();
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        boolean api = isApi(request.getRequestURI());
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        if (api) {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        }
        else {
            response.setContentType("text/html");
            response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        }
        response.setCharacterEncoding("utf-8");
        try {
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(api ? json(status, request.getRequestURI()) : page(status));
                response.finishResponse();
            }
        }
        catch (IOException | IllegalStateException ex) {
            // The client is gone, or the response was committed meanwhile: there is nobody left to tell.
        }
    }

    /** The path is absent when Tomcat could not read the request line at all. */
    private boolean isApi(@Nullable String requestUri) {
        return requestUri != null && requestUri.startsWith(contextPath + "/api/");
    }

    /** Written by Jackson: the path is the client's. */
    private static String json(int status, String path) {
        HttpStatus known = HttpStatus.resolve(status);
        String message = message(status);
        return JSON.writeValueAsString(new ApiProblem("about:blank", known == null ? "Error" : known.getReasonPhrase(),
                status, message, path, message));
    }

    private String page(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        String heading = known == null ? String.valueOf(status) : status + " " + known.getReasonPhrase();
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                  <meta charset="utf-8">
                  <meta name="viewport" content="width=device-width, initial-scale=1">
                  <title>%d · Image Inventory</title>
                %s</head>
                <body>
                <header class="navbar navbar-dark bg-dark mb-3">
                  <div class="container-fluid"><a class="navbar-brand" href="%s/images">Image Inventory</a></div>
                </header>
                <main class="container-fluid pb-4 error-page">
                  <h1 class="h3">%s</h1>
                  <p class="lead error-text">%s</p>
                  <p><a href="%s/images">Back to all images</a></p>
                </main>
                </body>
                </html>
                """.formatted(status, links(), contextPath, heading, message(status), contextPath);
    }

    private String links() {
        StringBuilder links = new StringBuilder();
        link(links, "stylesheet", "", "/webjars/bootstrap/dist/css/bootstrap.min.css");
        link(links, "stylesheet", "", "/assets/css/app.css");
        link(links, "icon", " type=\"image/svg+xml\"", "/assets/favicon.svg");
        return links.toString();
    }

    private void link(StringBuilder links, String rel, String attributes, String path) {
        String url = assetUrls.apply(path);
        if (url != null) {
            links.append("  <link rel=\"").append(rel).append('"').append(attributes).append(" href=\"")
                    .append(contextPath).append(url).append("\">\n");
        }
    }

    /** The same words as the application's own error page. */
    private static String message(int status) {
        if (status == HttpStatus.BAD_REQUEST.value()) {
            return "The request could not be understood.";
        }
        if (status >= 500) {
            return "Something went wrong on our side. Try again in a moment; if it keeps happening, "
                    + "tell whoever runs Image Inventory.";
        }
        HttpStatus known = HttpStatus.resolve(status);
        return known == null ? "The request could not be answered." : known.getReasonPhrase() + ".";
    }

}
