package io.imageinventory.images;

import java.util.List;
import java.util.Map;

import io.imageinventory.dev.SampleInventory;
import io.imageinventory.dev.WebTestConfiguration;
import io.imageinventory.inventory.InventoryStore;
import io.imageinventory.remediation.Remediation;
import io.imageinventory.remediation.Remediations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static io.imageinventory.dev.SampleInventory.viewer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /api/images}: the same filters as the page, every match unpaged, and JSON errors.
 */
@WebMvcTest(ImagesApiController.class)
@Import(WebTestConfiguration.class)
class ImagesApiControllerTests {

    @Autowired
    private MockMvcTester mvc;

    @Autowired
    private InventoryStore store;

    @BeforeEach
    void fill() {
        SampleInventory.fill(store);
    }

    @Test
    void shouldServeEveryImageNewestFirstWithTheTotal() {
        assertThat(mvc.get().uri("/api/images").with(viewer())).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.total", total -> total.assertThat().isEqualTo(5))
                .extractingPath("$.images[*].imageId").asArray().containsExactlyElementsOf(SampleInventory.NEWEST_FIRST);
    }

    /** The filter rules themselves are ImageSearchTests'. */
    @Test
    void shouldServeOnlyTheImagesThatMatchTheFiltersWithTheirTotal() {
        assertThat(mvc.get().uri("/api/images?state=ERROR&region=us-east-1").with(viewer())).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.total", total -> total.assertThat().isEqualTo(1))
                .extractingPath("$.images[*].imageId").asArray().containsExactly("wsi-old");
    }

    @Test
    void shouldReturnEveryMatchWithoutPaging() {
        assertThat(mvc.get().uri("/api/images?size=1&page=2").with(viewer())).hasStatusOk().bodyJson()
                .extractingPath("$.images").asArray().hasSize(5);
    }

    @Test
    void shouldServeExactlyTheFieldsOfTheContract() {
        assertThat(mvc.get().uri("/api/images?q=wsi-old").with(viewer())).bodyJson()
                .extractingPath("$.images[0]").asMap()
                .containsOnlyKeys("imageId", "name", "description", "operatingSystem", "state", "requiredTenancy",
                        "created", "ownerAccountId", "imageType", "accountId", "region", "errorCode", "errorMessage",
                        "errorDetails", "updateAvailable", "updateDescription", "sharedWith", "bundles")
                .containsEntry("sharedWith", null).containsEntry("bundles", List.of())
                .containsEntry("name", null).containsEntry("created", null).containsEntry("errorDetails", List.of());
    }

    @Test
    void shouldServeEveryErrorDetail() {
        assertThat(mvc.get().uri("/api/images?q=wsi-broken").with(viewer())).bodyJson()
                .hasPathSatisfying("$.images[0].errorCode", code -> code.assertThat().isEqualTo("InternalServiceError"))
                .doesNotHavePath("$.images[0].error")
                .extractingPath("$.images[0].errorDetails[*].errorCode").asArray()
                .containsExactly("OutdatedPowershellVersion", "IncompatiblePartitioning");
    }

    @Test
    void shouldServeARemediationForEachErrorDetailAndNoneForTheLegacyError() {
        Remediation powershell = Remediations.forCode("OutdatedPowershellVersion");

        assertThat(mvc.get().uri("/api/images?q=wsi-broken").with(viewer())).bodyJson()
                .hasPathSatisfying("$.images[0].errorCode", code -> code.assertThat().isEqualTo("InternalServiceError"))
                .doesNotHavePath("$.images[0].remediation")
                .hasPathSatisfying("$.images[0].errorDetails[0].remediation", remediation -> remediation.assertThat()
                        .isEqualTo(Map.of("cause", powershell.cause(), "fix", powershell.fix(),
                                "documentation", powershell.documentation().toString())))
                .extractingPath("$.images[0].errorDetails[*].remediation.cause").asArray().hasSize(2)
                .doesNotContain(Remediations.forLegacyError().cause());
    }

    @Test
    void shouldServeTheBundlesThatUseEachImage() {
        assertThat(mvc.get().uri("/api/images?q=wsi-golden").with(viewer())).bodyJson()
                .isLenientlyEqualTo("""
                        {"images": [{"imageId": "wsi-golden", "bundles": [
                            {"bundleId": "wsb-golden", "name": "Standard Windows 11"},
                            {"bundleId": "wsb-golden-power", "name": null}]}]}""");
    }

    @Test
    void shouldAnswerABadFilterWithProblemDetailsWhoseErrorNamesTheParameterAndTheValidValues() {
        assertThat(mvc.get().uri("/api/images?bundled=true").accept(MediaType.TEXT_HTML, MediaType.ALL).with(viewer()))
                .hasStatus(HttpStatus.BAD_REQUEST).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().isLenientlyEqualTo("""
                        {"type": "about:blank", "title": "Bad Request", "status": 400, "instance": "/api/images",
                         "detail": "Unknown value “true” for parameter “bundled”. Valid values: YES, NO.",
                         "error": "Unknown value “true” for parameter “bundled”. Valid values: YES, NO."}""");
    }

}
