package io.imageinventory.dev;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser as far as sign-in is concerned: keeps cookies per host, follows redirects one at a time
 * (so a test can look at each) and fills in the provider's login form.
 */
public final class BrowserSession {

    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private static final Pattern CSRF_INPUT = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*>");

    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    public HttpResponse<String> get(URI uri, String... headers) {
        return send(HttpRequest.newBuilder(uri).header("Accept", BROWSER_ACCEPT).GET(), headers);
    }

    public HttpResponse<String> post(URI uri, Map<String, String> form, String... headers) {
        String body = form.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri)
                .header("Accept", BROWSER_ACCEPT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)), headers);
    }

    /** Follows every redirect, as a browser would, and answers the first response that is not one. */
    public HttpResponse<String> follow(HttpResponse<String> response) {
        return followUntil(response, location -> false);
    }

    /** Follows redirects until one points where {@code stop} says, and answers that redirect. */
    public HttpResponse<String> followUntil(HttpResponse<String> response, Predicate<URI> stop) {
        HttpResponse<String> current = response;
        for (int hop = 0; hop < 20 && isRedirect(current) && !stop.test(location(current)); hop++) {
            current = get(location(current));
        }
        return current;
    }

    /** Goes to {@code start}, signs in on the provider's login form, and follows the way back. */
    public HttpResponse<String> signIn(URI start, String username, String password) {
        return follow(submitLogin(start, username, password));
    }

    /** Fills in the provider's login form reached from {@code start}, answering the provider's first redirect. */
    public HttpResponse<String> submitLogin(URI start, String username, String password) {
        HttpResponse<String> loginPage = follow(get(start));
        assertThat(loginPage.statusCode()).as("the provider's login page").isEqualTo(200);
        assertThat(loginPage.body()).contains("name=\"username\"");
        return post(loginPage.uri(), Map.of("username", username, "password", password,
                "_csrf", csrfToken(loginPage.body())));
    }

    /** The value of a cookie this session holds for {@code site}, such as the session id. */
    public String cookie(URI site, String name) {
        return cookies.getCookieStore().get(site).stream()
                .filter(cookie -> cookie.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no cookie " + name + " for " + site));
    }

    public static boolean isRedirect(HttpResponse<?> response) {
        return response.statusCode() >= 300 && response.statusCode() < 400;
    }

    public static URI location(HttpResponse<?> response) {
        String location = response.headers().firstValue("Location")
                .orElseThrow(() -> new AssertionError("no Location in a " + response.statusCode() + " answer"));
        return response.uri().resolve(location);
    }

    public static String csrfToken(String html) {
        Matcher input = CSRF_INPUT.matcher(html);
        assertThat(input.find()).as("a form with a CSRF token in %s", html).isTrue();
        Matcher value = VALUE.matcher(input.group());
        assertThat(value.find()).isTrue();
        return value.group(1);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String... headers) {
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

}
