package io.imageinventory.web;

import io.imageinventory.inventory.InventoryFixtures;
import io.imageinventory.inventory.InventoryStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static io.imageinventory.inventory.InventoryFixtures.image;
import static io.imageinventory.inventory.InventoryFixtures.source;
import static io.imageinventory.web.ImagesControllerTests.viewer;
import static io.imageinventory.web.SampleInventory.PARTNER;
import static io.imageinventory.web.SampleInventory.PRODUCTION;
import static io.imageinventory.web.SampleInventory.STAGING;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page of one image: every field, every error in full, readable dates with the exact instant.
 */
@WebMvcTest(ImagesController.class)
@Import(WebTestConfiguration.class)
class ImageDetailPageTests {

    @Autowired
    private MockMvcTester mvc;

    @Autowired
    private InventoryStore store;

    @BeforeEach
    void fill() {
        SampleInventory.fill(store);
    }

    @Test
    void shouldShowEveryFieldOfAnImage() {
        assertThat(mvc.get().uri("/images/{account}/us-east-1/wsi-shared", STAGING).with(viewer())).hasStatusOk()
                .bodyText()
                .contains("<title>Partner image · Image Inventory</title>")
                .contains("wsi-shared").contains("Image wsi-shared").contains("AVAILABLE").contains("WINDOWS")
                .contains("DEDICATED").contains(PARTNER).contains("SHARED").contains("Staging").contains(STAGING)
                .contains("us-east-1")
                .contains("<time datetime=\"2025-12-01T00:00:00Z\"")
                .contains(">1 Dec 2025, 00:00 UTC</time>");
    }

    @Test
    void shouldShowEveryErrorInFullWithTheReadableAndExactCreationTime() {
        MvcTestResult result = mvc.get().uri("/images/{account}/eu-west-1/wsi-broken", PRODUCTION).with(viewer())
                .exchange();

        assertThat(result).hasStatusOk().bodyText()
                .contains("&#9888;</span> ERROR</span>")
                .contains("InternalServiceError").contains("The image could not be created.")
                .contains("OutdatedPowershellVersion").contains("PowerShell 5.1 is needed.")
                .contains("IncompatiblePartitioning").contains("The disk layout is not supported.")
                .contains("Error details reported by WorkSpaces (<span>2</span>)")
                .contains(">3 Mar 2026, 05:06 UTC</time>").contains("2026-03-03T05:06:07Z");
    }

    @Test
    void shouldShowAnOldImageWithoutOptionalFields() {
        assertThat(mvc.get().uri("/images/{account}/us-east-1/wsi-old", PRODUCTION).with(viewer())).hasStatusOk()
                .bodyText().contains("not set").contains("AccessDenied").contains("The image could not be read.");
    }

    @Test
    void shouldShowTheUpdateThatIsAvailable() {
        assertThat(mvc.get().uri("/images/{account}/us-east-1/wsi-golden", PRODUCTION).with(viewer())).hasStatusOk()
                .bodyText().contains("Update available").contains("Windows updates for March");
    }

    @Test
    void shouldEscapeMarkupInErrorMessages() {
        InventoryFixtures.fill(store, source(PRODUCTION, "Production", "us-east-1", image("wsi-evil")
                .name("<b>bold</b>").error("<img src=x>", "<script>alert(1)</script>")
                .errorDetail("Code", "<iframe src=\"https://example.com\"></iframe>").build()));

        assertThat(mvc.get().uri("/images/{account}/us-east-1/wsi-evil", PRODUCTION).with(viewer())).hasStatusOk()
                .bodyText().doesNotContain("<script>alert(1)</script>").doesNotContain("<img src=x>")
                .doesNotContain("<iframe").doesNotContain("<b>bold</b>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("&lt;iframe");
    }

    @Test
    void shouldAnswerAnUnknownImageWithA404Page() {
        assertThat(mvc.get().uri("/images/{account}/us-east-1/wsi-missing", PRODUCTION).with(viewer()))
                .hasStatus(HttpStatus.NOT_FOUND).hasContentTypeCompatibleWith("text/html").bodyText()
                .contains("404").contains("There is no image wsi-missing in account 111122223333, region us-east-1")
                .contains("ERROR (<span>2</span>)");
        assertThat(mvc.get().uri("/images/{account}/ap-south-1/wsi-golden", PRODUCTION).with(viewer()))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/images/{account}/us-east-1/wsi-golden", STAGING).with(viewer()))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void shouldLinkEachTableRowToItsImage() {
        assertThat(mvc.get().uri("/images?q=broken").with(viewer())).bodyText()
                .contains("href=\"/images/111122223333/eu-west-1/wsi-broken\"");
    }

}
