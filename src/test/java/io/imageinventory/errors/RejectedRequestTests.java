package io.imageinventory.errors;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import io.imageinventory.dev.BrowserSession;
import io.imageinventory.dev.FakeAws;
import io.imageinventory.dev.FakeImage;
import io.imageinventory.dev.LocalIdentityProvider;
import io.imageinventory.dev.RawHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static io.imageinventory.dev.FakeAws.DEFAULT_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Searches as people type them into the address bar, and requests that Tomcat rejects before the
 * application sees them, sent over a plain socket exactly as written (the JDK's HttpClient refuses them).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class RejectedRequestTests {

    private static final String NOT_UNDERSTOOD = "The request could not be understood.";

    private static final LocalIdentityProvider provider = LocalIdentityProvider.start(0);

    private static final FakeAws aws = FakeAws.start(0);

    private static final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    private int port;

    private String cookie;

    @DynamicPropertySource
    static void signInThroughLocalProvider(DynamicPropertyRegistry registry) {
        FakeAws.useDemoCredentials();
        aws.images(DEFAULT_ACCOUNT, "us-east-1", "OWNED", List.of(
                FakeImage.available("wsi-pipe00001", DEFAULT_ACCOUNT).name("Finance|Payroll 2026"),
                FakeImage.available("wsi-brace0001", DEFAULT_ACCOUNT).name("Finance [EU] {kiosk}"),
                FakeImage.available("wsi-plain0001", DEFAULT_ACCOUNT).name("Finance Payroll 2026")));
        provider.applicationProperties().forEach((name, value) -> registry.add(name, () -> value));
        registry.add("inventory.endpoint-override", aws::endpoint);
    }

    @AfterAll
    static void stop() {
        provider.close();
        aws.close();
    }

    @BeforeEach
    void signInAsViewer() {
        BrowserSession viewer = new BrowserSession();
        URI app = URI.create("http://localhost:" + port);
        viewer.signIn(app.resolve("/images"), "viewer", "viewer");
        cookie = "JSESSIONID=" + viewer.cookie(app, "JSESSIONID");
        await().atMost(Duration.ofSeconds(20)).until(() -> get("/api/images").text().startsWith("{\"total\":3,"));
    }

    @Test
    void shouldFindImagesByTheCharactersPeopleTypeInASearch() {
        RawHttp.Response pipe = get("/api/images?q=finance|payroll");
        RawHttp.Response braces = get("/images?q=[EU]+{kiosk}");

        assertThat(pipe.status()).isEqualTo(200);
        JsonNode found = json.readTree(pipe.text());
        assertThat(found.get("total").asInt()).isEqualTo(1);
        assertThat(found.get("images").get(0).get("name").asString()).isEqualTo("Finance|Payroll 2026");
        assertThat(braces.status()).isEqualTo(200);
        assertThat(braces.text()).contains("Finance [EU] {kiosk}").doesNotContain("Finance Payroll 2026");
    }

    @Test
    void shouldAnswerWhatTomcatRejectsUnderApiWithProblemDetails() {
        RawHttp.Response badEscape = get("/api/images%zz");
        RawHttp.Response badHeader = RawHttp.send(port, "GET /api/status HTTP/1.1\r\nHost: localhost\r\n"
                + "Cookie: " + cookie + "\r\nnot a header\r\n\r\n");

        assertThat(List.of(badEscape, badHeader)).allSatisfy(response -> {
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.header("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            JsonNode problem = json.readTree(response.text());
            assertThat(problem.get("error").asString()).isEqualTo(NOT_UNDERSTOOD);
            assertThat(problem.get("detail").asString()).isEqualTo(NOT_UNDERSTOOD);
            assertThat(problem.get("status").asInt()).isEqualTo(400);
            assertThat(response.header("Cache-Control")).hasValue("no-store");
        });
    }

    @Test
    void shouldAnswerWhatTomcatRejectsOnAPageWithTheProjectsPage() {
        RawHttp.Response badEscape = get("/images%zz");
        RawHttp.Response badCharacter = RawHttp.send(port, "GET /images?q=<b> HTTP/1.1\r\nHost: localhost\r\n\r\n");
        RawHttp.Response badRequestLine = RawHttp.send(port, "NOT A REQUEST\r\n\r\n");

        assertThat(List.of(badEscape, badCharacter, badRequestLine)).allSatisfy(response -> {
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.header("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/html"));
            assertThat(response.text()).contains("<title>400 · Image Inventory</title>", NOT_UNDERSTOOD)
                    .containsPattern("<link rel=\"stylesheet\" href=\"/assets/css/app-[0-9a-f]{32}\\.css\">")
                    .doesNotContain("Tomcat", "HTTP Status", "<style", "style=", "Exception");
            assertThat(response.header("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                    .contains("default-src 'none'", "style-src 'self'").doesNotContain("unsafe-inline"));
            assertThat(response.header("Cache-Control")).hasValue("no-store");
        });
    }

    @Test
    void shouldAnswerAMalformedEscapeInASearchAsTheApplicationDoes() {
        RawHttp.Response page = get("/images?q=%zz");
        RawHttp.Response api = get("/api/images?q=%zz");

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.text()).contains(NOT_UNDERSTOOD, "Sign out").doesNotContain("Tomcat");
        assertThat(api.status()).isEqualTo(400);
        assertThat(json.readTree(api.text()).get("error").asString()).isEqualTo(NOT_UNDERSTOOD);
    }

    private RawHttp.Response get(String target) {
        return RawHttp.get(port, target, "Cookie", cookie);
    }

}
