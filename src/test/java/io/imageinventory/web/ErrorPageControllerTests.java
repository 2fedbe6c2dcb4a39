package io.imageinventory.web;

import jakarta.servlet.RequestDispatcher;

import io.imageinventory.inventory.InventoryStore;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static io.imageinventory.web.ImagesControllerTests.viewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The page the container forwards errors to: this application's page for the pages, JSON for
 * {@code /api/}, and never what failed inside. MockMvc does not forward errors, so these tests call
 * {@code /error} with the attributes the container sets.
 */
@WebMvcTest(ErrorPageController.class)
@Import(WebTestConfiguration.class)
class ErrorPageControllerTests {

    @Autowired
    private MockMvcTester mvc;

    @Autowired
    private InventoryStore store;

    @Test
    void shouldShowTheApplicationsOwnPageForAnUnknownAddress() {
        SampleInventory.fill(store);

        assertThat(mvc.get().uri("/error").with(viewer())
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/nowhere"))
                .hasStatus(HttpStatus.NOT_FOUND).hasContentTypeCompatibleWith(MediaType.TEXT_HTML).bodyText()
                .contains("404").contains("Not Found").contains("There is nothing at this address.")
                .contains("ERROR (<span>2</span>)").doesNotContain("Whitelabel");
    }

    @Test
    void shouldNotShowTheErrorCountToSomeoneWhoMayNotView() {
        SampleInventory.fill(store);

        assertThat(mvc.get().uri("/error").with(user("outsider"))
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/nowhere"))
                .hasStatus(HttpStatus.NOT_FOUND).bodyText()
                .contains("There is nothing at this address.").doesNotContain("ERROR (").doesNotContain("error-chip");
    }

    @Test
    void shouldNeverShowWhatFailedInside() {
        assertThat(mvc.get().uri("/error").with(viewer())
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/images")
                .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("secret detail")))
                .hasStatus(HttpStatus.INTERNAL_SERVER_ERROR).bodyText()
                .contains("Something went wrong on our side").doesNotContain("secret detail")
                .doesNotContain("IllegalStateException").doesNotContain("at io.imageinventory");
    }

    @Test
    void shouldAnswerJsonUnderTheApiEvenToABrowser() {
        assertThat(mvc.get().uri("/error").with(viewer()).accept(MediaType.TEXT_HTML)
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/nowhere"))
                .hasStatus(HttpStatus.NOT_FOUND).hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON).bodyJson()
                .isLenientlyEqualTo("{\"error\": \"There is nothing at this address.\"}")
                .doesNotHavePath("$.errorTotal");
    }

}
