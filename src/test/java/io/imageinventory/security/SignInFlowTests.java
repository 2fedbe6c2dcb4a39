package io.imageinventory.security;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import io.imageinventory.dev.BrowserSession;
import io.imageinventory.dev.FakeAws;
import io.imageinventory.dev.LocalIdentityProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static io.imageinventory.dev.BrowserSession.location;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in, roles, refresh, bearer tokens, sign-out and headers through the real redirect flow:
 * the application on {@code localhost}, the local provider on {@code 127.0.0.1}, both over HTTP.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = "management.prometheus.metrics.export.enabled=true")
class SignInFlowTests {

    private static final LocalIdentityProvider provider = LocalIdentityProvider.start(0);

    private static final FakeAws aws = FakeAws.start(0);

    private static final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void signInThroughLocalProvider(DynamicPropertyRegistry registry) {
        provider.applicationProperties().forEach((name, value) -> registry.add(name, () -> value));
        registry.add("inventory.endpoint-override", aws::endpoint);
    }

    @AfterAll
    static void stop() {
        provider.close();
        aws.close();
    }

    @Test
    void shouldSendAnonymousVisitorsThroughTheProviderAndBackToThePageTheyAskedFor() {
        BrowserSession browser = new BrowserSession();

        HttpResponse<String> anonymous = browser.get(app("/images"));
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(location(anonymous)).isEqualTo(app("/oauth2/authorization/sso"));

        HttpResponse<String> toProvider = browser.get(location(anonymous));
        assertThat(location(toProvider).toString()).startsWith(provider.issuerUri() + "/oauth2/authorize?");

        HttpResponse<String> back = browser.followUntil(browser.submitLogin(app("/images"), "viewer", "viewer"),
                location -> location.getPath().equals("/images"));
        assertThat(location(back).getHost()).isEqualTo("localhost");
        assertThat(location(back).getPort()).isEqualTo(port);

        HttpResponse<String> status = browser.get(app("/api/status"));
        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(json.readTree(status.body()).has("sources")).isTrue();
    }

    @Test
    void shouldAnswerApiCallsWithoutSignInWith401RatherThanARedirect() {
        HttpResponse<String> status = new BrowserSession().get(app("/api/status"));

        assertThat(status.statusCode()).isEqualTo(401);
        assertThat(status.headers().firstValue("Location")).isEmpty();
    }

    @Test
    void shouldShowTheErrorCountOnErrorPagesToViewersOnly() {
        BrowserSession anonymous = new BrowserSession();
        HttpResponse<String> missingFile = anonymous.get(app("/assets/missing.css"));
        HttpResponse<String> rejected = anonymous.get(app("/images;x=1"));
        HttpResponse<String> forViewer = signedIn("viewer").get(app("/assets/missing.css"));

        assertThat(missingFile.statusCode()).isEqualTo(404);
        assertThat(missingFile.body()).contains("There is nothing at this address.").doesNotContain("ERROR (");
        assertThat(rejected.statusCode()).as("rejected by the firewall").isEqualTo(400);
        assertThat(rejected.body()).contains("The request could not be understood.").doesNotContain("ERROR (");
        assertThat(forViewer.statusCode()).isEqualTo(404);
        assertThat(forViewer.body()).contains("There is nothing at this address.").contains("ERROR (");
    }

    /** Through the container's forward to Boot's error page, which MockMvc skips. */
    @Test
    void shouldAnswerABadFilterWithTheErrorPageForPeopleAndProblemDetailsUnderTheApi() {
        BrowserSession viewer = signedIn("viewer");

        HttpResponse<String> page = viewer.get(app("/images?os=beos"));
        HttpResponse<String> api = viewer.get(app("/api/images?os=beos"));

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/html"));
        assertThat(page.body()).contains("Unknown value “beos” for parameter “os”. Valid values: WINDOWS, LINUX.")
                .contains(">Victor Viewer<").contains("name=\"_csrf\"").contains("ERROR (");
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json.readTree(api.body()).path("error").asString()).contains("parameter “os”");
    }

    @Test
    void shouldForbidViewersToRefresh() {
        BrowserSession viewer = signedIn("viewer");

        HttpResponse<String> refresh = viewer.post(app("/api/refresh"), Map.of("_csrf", csrfToken(viewer)));

        assertThat(refresh.statusCode()).isEqualTo(403);
    }

    @Test
    void shouldLetAdminsStartARefreshFromTheApi() {
        BrowserSession admin = signedIn("admin");

        HttpResponse<String> refresh = admin.post(app("/api/refresh"), Map.of("_csrf", csrfToken(admin)));

        assertThat(refresh.statusCode()).isEqualTo(202);
        assertThat(json.readTree(refresh.body()).get("refreshing").asBoolean()).isTrue();
    }

    @Test
    void shouldSendAdminsBackToTheImagesAfterTheRefreshForm() {
        BrowserSession admin = signedIn("admin");

        HttpResponse<String> refresh = admin.post(app("/refresh"), Map.of("_csrf", csrfToken(admin)));

        assertThat(refresh.statusCode()).isEqualTo(303);
        assertThat(location(refresh)).isEqualTo(app("/images"));
    }

    @Test
    void shouldRejectRefreshWithoutCsrfTokenEvenForAdmins() {
        BrowserSession admin = signedIn("admin");

        assertThat(admin.post(app("/refresh"), Map.of()).statusCode()).isEqualTo(403);
        assertThat(admin.post(app("/api/refresh"), Map.of()).statusCode()).isEqualTo(403);
    }

    @Test
    void shouldTellOutsidersWhoTheyAreAndWhichGroupsMayView() {
        HttpResponse<String> page = new BrowserSession().signIn(app("/images"), "outsider", "outsider");

        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.uri().getPath()).isEqualTo("/images");
        assertThat(page.body())
                .contains("Olive Outsider", "outsider@example.invalid", LocalIdentityProvider.VIEWER_GROUP)
                .contains("action=\"/logout\"")
                .doesNotContain("Whitelabel");
    }

    @Test
    void shouldAcceptTheProvidersAccessTokensOnTheApiWithoutCsrf() {
        String admin = accessToken("admin");
        String viewer = accessToken("viewer");
        BrowserSession script = new BrowserSession();

        assertThat(script.get(app("/api/status"), "Authorization", "Bearer " + viewer).statusCode()).isEqualTo(200);
        assertThat(script.post(app("/api/refresh"), Map.of(), "Authorization", "Bearer " + viewer).statusCode())
                .isEqualTo(403);
        assertThat(script.post(app("/api/refresh"), Map.of(), "Authorization", "Bearer " + admin).statusCode())
                .isEqualTo(202);
        assertThat(script.get(app("/v3/api-docs"), "Authorization", "Bearer " + viewer).statusCode()).isEqualTo(200);
    }

    @Test
    void shouldLetPrometheusScrapeWithItsClientCredentialsTokenAndReachNothingElse() {
        String credentials = Base64.getEncoder().encodeToString((LocalIdentityProvider.PROMETHEUS_CLIENT_ID + ":"
                + LocalIdentityProvider.PROMETHEUS_CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> issued = new BrowserSession().post(URI.create(provider.issuerUri() + "/oauth2/token"),
                Map.of("grant_type", "client_credentials"), "Authorization", "Basic " + credentials);
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(200);
        String bearer = "Bearer " + json.readTree(issued.body()).get("access_token").asString();
        BrowserSession prometheus = new BrowserSession();

        HttpResponse<String> scrape = prometheus.get(app("/actuator/prometheus"), "Authorization", bearer);

        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body()).contains("jvm_memory_used_bytes");
        assertThat(prometheus.get(app("/api/images"), "Authorization", bearer).statusCode()).isEqualTo(403);
        assertThat(prometheus.post(app("/api/refresh"), Map.of(), "Authorization", bearer).statusCode()).isEqualTo(403);
        assertThat(prometheus.get(app("/actuator/env"), "Authorization", bearer).statusCode()).isIn(401, 403);
        assertThat(prometheus.get(app("/actuator/prometheus"), "Authorization", "Bearer " + accessToken("viewer"))
                .statusCode()).isEqualTo(403);
    }

    @Test
    void shouldRejectAnAdminsAccessTokenThatTheProviderIssuedForAnotherApplication() {
        String forAnotherApplication = accessToken("admin", LocalIdentityProvider.OTHER_CLIENT_ID,
                LocalIdentityProvider.OTHER_CLIENT_SECRET);
        JsonNode claims = json.readTree(Base64.getUrlDecoder().decode(forAnotherApplication.split("\\.")[1]));

        HttpResponse<String> refresh = new BrowserSession().post(app("/api/refresh"), Map.of(),
                "Authorization", "Bearer " + forAnotherApplication);

        assertThat(claims.get("iss").asString()).as("the same provider").isEqualTo(provider.issuerUri());
        assertThat(claims.get("groups").valueStream().map(JsonNode::asString)).contains(LocalIdentityProvider.ADMIN_GROUP);
        assertThat(claims.get("aud").asString()).isEqualTo(LocalIdentityProvider.OTHER_CLIENT_ID);
        assertThat(refresh.statusCode()).isEqualTo(401);
        assertThat(refresh.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Bearer").contains("invalid_token"));
    }

    @Test
    void shouldRejectATamperedAccessToken() {
        String[] parts = accessToken("viewer").split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]))
                .replace(LocalIdentityProvider.VIEWER_GROUP, LocalIdentityProvider.ADMIN_GROUP);
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(claims.getBytes())
                + "." + parts[2];

        HttpResponse<String> refresh = new BrowserSession().post(app("/api/refresh"), Map.of(),
                "Authorization", "Bearer " + tampered);

        assertThat(claims).contains(LocalIdentityProvider.ADMIN_GROUP);
        assertThat(refresh.statusCode()).isEqualTo(401);
        assertThat(refresh.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Bearer").contains("invalid_token"));
    }

    @Test
    void shouldEndTheProviderSessionOnSignOutAndComeBack() {
        BrowserSession viewer = signedIn("viewer");

        HttpResponse<String> signOut = viewer.post(app("/logout"), Map.of("_csrf", csrfToken(viewer)));
        assertThat(signOut.statusCode()).isEqualTo(302);
        URI endSession = location(signOut);
        assertThat(endSession.toString()).startsWith(provider.issuerUri() + "/connect/logout?")
                .contains("id_token_hint=")
                .contains("post_logout_redirect_uri=" + app("/"));

        HttpResponse<String> back = viewer.get(endSession);
        assertThat(location(back)).isEqualTo(app("/"));

        assertThat(viewer.get(app("/api/status")).statusCode()).as("signed out of the application").isEqualTo(401);
        HttpResponse<String> signInAgain = viewer.follow(viewer.get(app("/images")));
        assertThat(signInAgain.uri().getPath()).as("signed out of the provider").isEqualTo("/login");
    }

    @Test
    void shouldSendSecurityHeadersAndAStrictSessionCookie() {
        HttpResponse<String> page = new BrowserSession().get(app("/images"));

        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'", "frame-ancestors 'none'",
                        "form-action 'self' " + provider.issuerUri())
                .doesNotContain("unsafe-inline"));
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(page.headers().firstValue("Strict-Transport-Security")).as("only over HTTPS").isEmpty();
        assertThat(page.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").contains("HttpOnly", "SameSite=Lax"));
    }

    @Test
    void shouldKeepHealthPublicAndTerseAndOtherEndpointsForAdmins() {
        BrowserSession anonymous = new BrowserSession();
        HttpResponse<String> health = anonymous.get(app("/actuator/health"));
        assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
        assertThat(json.readTree(health.body()).get("status").asString()).isEqualTo("UP");
        assertThat(json.readTree(health.body()).propertyNames()).as("only the status").containsExactly("status");
        assertThat(anonymous.get(app("/actuator/metrics")).statusCode()).isEqualTo(401);

        assertThat(signedIn("viewer").get(app("/actuator/metrics")).statusCode()).isEqualTo(403);

        BrowserSession admin = signedIn("admin");
        assertThat(admin.get(app("/actuator/metrics")).statusCode()).isEqualTo(200);
        assertThat(json.readTree(admin.get(app("/actuator/health")).body()).has("components")).isTrue();
    }

    private BrowserSession signedIn(String username) {
        BrowserSession browser = new BrowserSession();
        HttpResponse<String> back = browser.followUntil(browser.submitLogin(app("/images"), username, username),
                location -> location.getPath().equals("/images"));
        assertThat(location(back)).as("back in the application").isEqualTo(app("/images?continue"));
        return browser;
    }

    /**
     * This session's CSRF token, from the sign-out form that every page carries; the 403 page is the
     * one page this test can count on.
     */
    private String csrfToken(BrowserSession browser) {
        return BrowserSession.csrfToken(browser.get(app("/forbidden")).body());
    }

    /**
     * An access token for a user through the authorization code flow, the way a script's client would
     * get one: the code comes back on the redirect to the client, which is not followed.
     */
    private String accessToken(String username) {
        return accessToken(username, LocalIdentityProvider.CLIENT_ID, LocalIdentityProvider.CLIENT_SECRET);
    }

    private String accessToken(String username, String clientId, String clientSecret) {
        BrowserSession browser = new BrowserSession();
        String redirectUri = "http://localhost:1/login/oauth2/code/sso";
        String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(UUID.randomUUID().toString().getBytes());
        URI authorize = URI.create(provider.issuerUri() + "/oauth2/authorize?response_type=code&client_id="
                + clientId + "&scope=openid%20profile&state=s&redirect_uri=" + redirectUri
                + "&code_challenge_method=S256&code_challenge=" + challenge(verifier));
        HttpResponse<String> toClient = browser.followUntil(browser.submitLogin(authorize, username, username),
                location -> location.getPort() == 1);
        String code = location(toClient).getQuery().replaceAll(".*code=([^&]+).*", "$1");
        String credentials = Base64.getEncoder().encodeToString(
                (clientId + ":" + clientSecret).getBytes());
        HttpResponse<String> token = browser.post(URI.create(provider.issuerUri() + "/oauth2/token"),
                Map.of("grant_type", "authorization_code", "code", code, "redirect_uri", redirectUri,
                        "code_verifier", verifier),
                "Authorization", "Basic " + credentials);
        assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
        JsonNode tokens = json.readTree(token.body());
        return tokens.get("access_token").asString();
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private URI app(String path) {
        return URI.create("http://localhost:" + port + path);
    }

}
