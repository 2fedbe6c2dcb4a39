package io.imageinventory.errors;

import jakarta.servlet.RequestDispatcher;

import io.imageinventory.catalog.InvalidQueryException;
import io.imageinventory.dev.SampleInventory;
import io.imageinventory.dev.WebTestConfiguration;
import io.imageinventory.inventory.InventoryStore;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static io.imageinventory.dev.SampleInventory.viewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The error page the container forwards every error to: this application's page, problem details under
 * {@code /api/}, and never what failed inside. MockMvc does not forward errors, so these tests call
 * {@code /error} with the attributes the container sets.
 */
@WebMvcTest(ErrorPageController.class)
@Import(WebTestConfiguration.class)
class ErrorHandlingTests {

    @Autowired
    private MockMvcTester mvc;

    @Autowired
    private InventoryStore store;

    @Test
    void shouldShowTheApplicationsOwnPageWithTheSignedInHeaderForAnUnknownAddress() {
        SampleInventory.fill(store);

        assertThat(mvc.get().uri("/error").with(viewer()).accept(MediaType.TEXT_HTML)
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/nowhere"))
                .hasStatus(HttpStatus.NOT_FOUND).hasContentTypeCompatibleWith(MediaType.TEXT_HTML).bodyText()
                .contains("404").contains("Not Found").contains("There is nothing at this address.")
                .contains("ERROR (<span>2</span>)").contains(">viewer<")
                .doesNotContain("Whitelabel");
    }

    @Test
    void shouldNotShowTheErrorCountToSomeoneWhoMayNotView() {
        SampleInventory.fill(store);

        assertThat(mvc.get().uri("/error").with(user("outsider")).accept(MediaType.TEXT_HTML)
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/nowhere"))
                .hasStatus(HttpStatus.NOT_FOUND).bodyText()
                .contains("There is nothing at this address.").doesNotContain("ERROR (").doesNotContain("error-chip");
    }

    @Test
    void shouldSayWhatARejectedRequestGotWrongInItsOwnWords() {
        assertThat(mvc.get().uri("/error").with(viewer()).accept(MediaType.TEXT_HTML)
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 400)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/images")
                .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new InvalidQueryException("os", "beos", "WINDOWS, LINUX")))
                .hasStatus(HttpStatus.BAD_REQUEST).hasContentTypeCompatibleWith(MediaType.TEXT_HTML).bodyText()
                .contains("400").contains("Bad Request")
                .contains("Unknown value “beos” for parameter “os”. Valid values: WINDOWS, LINUX.");
    }

    @Test
    void shouldNeverShowWhatFailedInside() {
        assertThat(mvc.get().uri("/error").with(viewer()).accept(MediaType.TEXT_HTML)
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/images")
                .requestAttr(RequestDispatcher.ERROR_MESSAGE, "secret detail")
                .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("secret detail")))
                .hasStatus(HttpStatus.INTERNAL_SERVER_ERROR).bodyText()
                .contains("Something went wrong on our side").doesNotContain("secret detail")
                .doesNotContain("IllegalStateException").doesNotContain("at io.imageinventory");
        assertThat(mvc.get().uri("/error").with(viewer()).accept(MediaType.APPLICATION_JSON)
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/images")
                .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("secret detail")))
                .hasStatus(HttpStatus.INTERNAL_SERVER_ERROR).bodyText()
                .doesNotContain("secret detail").doesNotContain("IllegalStateException").doesNotContain("trace");
    }

    @Test
    void shouldAnswerProblemDetailsWithTheContractsErrorUnderTheApi() {
        assertThat(mvc.get().uri("/error").with(viewer()).accept(MediaType.APPLICATION_JSON)
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/nowhere"))
                .hasStatus(HttpStatus.NOT_FOUND).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().isStrictlyEqualTo("""
                        {"type": "about:blank", "title": "Not Found", "status": 404,
                         "detail": "There is nothing at this address.", "instance": "/api/nowhere",
                         "error": "There is nothing at this address."}""");
    }

    @Test
    void shouldAnswerProblemDetailsUnderTheApiEvenToABrowser() {
        assertThat(mvc.get().uri("/error").with(viewer()).accept(MediaType.TEXT_HTML)
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/nowhere"))
                .hasStatus(HttpStatus.NOT_FOUND).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().isLenientlyEqualTo("{\"error\": \"There is nothing at this address.\", \"status\": 404}")
                .doesNotHavePath("$.errorTotal").doesNotHavePath("$.user");
    }

}
