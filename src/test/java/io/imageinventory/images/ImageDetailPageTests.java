package io.imageinventory.images;

import java.util.List;

import io.imageinventory.dev.SampleInventory;
import io.imageinventory.dev.WebTestConfiguration;
import io.imageinventory.inventory.BundleRef;
import io.imageinventory.inventory.ImageRow;
import io.imageinventory.inventory.InventoryFixtures;
import io.imageinventory.inventory.InventoryStore;
import io.imageinventory.remediation.Remediation;
import io.imageinventory.remediation.Remediations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static io.imageinventory.dev.SampleInventory.PARTNER;
import static io.imageinventory.dev.SampleInventory.PRODUCTION;
import static io.imageinventory.dev.SampleInventory.STAGING;
import static io.imageinventory.dev.SampleInventory.body;
import static io.imageinventory.dev.SampleInventory.errorMessage;
import static io.imageinventory.dev.SampleInventory.viewer;
import static io.imageinventory.inventory.InventoryFixtures.image;
import static io.imageinventory.inventory.InventoryFixtures.source;
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
    void shouldListTheAccountsAnOwnedImageIsSharedWithByName() {
        fillWith(image("wsi-golden").build().withSharedWith(List.of(STAGING, "210987654321")));

        assertThat(detail("wsi-golden")).contains("Shared with <span>2 accounts</span>:")
                .containsPattern("<ul class=\"shared-with\">\\s*<li>Staging \\(444455556666\\)</li>\\s*<li>210987654321</li>")
                .doesNotContain("Not shared").doesNotContain("Not known yet");
    }

    @Test
    void shouldSayWhenAnOwnedImageIsSharedWithNoOne() {
        fillWith(image("wsi-golden").build().withSharedWith(List.of()));

        assertThat(detail("wsi-golden")).contains("Not shared with any other account.")
                .doesNotContain("class=\"shared-with\"").doesNotContain("Not known yet");
    }

    @Test
    void shouldSayWhenWhoAnOwnedImageIsSharedWithIsNotKnownYet() {
        fillWith(image("wsi-golden").build());

        assertThat(detail("wsi-golden")).contains("Not known yet").doesNotContain("Not shared")
                .doesNotContain("class=\"shared-with\"");
    }

    @Test
    void shouldSayASharedImageBelongsToItsOwner() {
        assertThat(mvc.get().uri("/images/{account}/us-east-1/wsi-shared", STAGING).with(viewer())).hasStatusOk()
                .bodyText().contains("This image belongs to account\n      <span>999988887777</span>")
                .doesNotContain("Not known yet").doesNotContain("Not shared");
    }

    @Test
    void shouldListEveryBundleThatUsesTheImage() {
        assertThat(detail("wsi-golden")).contains("Bundles of this account built on this image (<span>2</span>)")
                .contains("<code>wsb-golden</code>").contains("Standard Windows 11")
                .contains("<code>wsb-golden-power</code>").contains("no name")
                .doesNotContain("No bundle of this account uses this image.");
        assertThat(detail("wsi-old")).contains("No bundle of this account uses this image.")
                .doesNotContain("wsb-golden");
    }

    @Test
    void shouldShowHowToFixEachErrorUnderItWithALinkToTheAwsDocumentation() {
        Remediation powershell = Remediations.forCode("OutdatedPowershellVersion");
        Remediation partitioning = Remediations.forCode("IncompatiblePartitioning");
        Remediation legacy = Remediations.forLegacyError();

        String html = body(mvc.get().uri("/images/{account}/eu-west-1/wsi-broken", PRODUCTION).with(viewer()).exchange());

        assertThat(powershell.cause()).isNotEqualTo(partitioning.cause());
        assertThat(html).containsSubsequence("InternalServiceError", escaped(legacy.cause()), escaped(legacy.fix()),
                "OutdatedPowershellVersion", "PowerShell 5.1 is needed.", escaped(powershell.cause()),
                escaped(powershell.fix()),
                "<a href=\"" + powershell.documentation() + "\" rel=\"noopener noreferrer\" class=\"remediation-link\">"
                        + "AWS documentation<span\n      class=\"visually-hidden\"> about OutdatedPowershellVersion</span></a>",
                "IncompatiblePartitioning", escaped(partitioning.cause()), escaped(partitioning.fix()),
                "href=\"" + partitioning.documentation() + "\" rel=\"noopener noreferrer\"");
        assertThat(html).doesNotContain("target=");
    }

    @Test
    void shouldGiveTheLegacyErrorItsOwnAdviceRatherThanLookItsCodeUp() {
        fillWith(image("wsi-legacy").error("OfficeInstalled", "The image could not be created.").build());
        Remediation legacy = Remediations.forLegacyError();

        assertThat(detail("wsi-legacy")).containsSubsequence("OfficeInstalled", "The image could not be created.",
                        escaped(legacy.cause()), escaped(legacy.fix()),
                        "<a href=\"" + legacy.documentation() + "\" rel=\"noopener noreferrer\" class=\"remediation-link\">"
                                + "AWS documentation<span\n      class=\"visually-hidden\"> about this error</span></a>")
                .doesNotContain(escaped(Remediations.forCode("OfficeInstalled").cause()))
                .doesNotContain("not documented yet");
    }

    @Test
    void shouldEscapeMarkupInBundleNamesAndInTheAdviceForUnknownCodes() {
        fillWith(image("wsi-evil").errorDetail("<img src=x onerror=alert(1)>", "message").build()
                .withBundles(List.of(new BundleRef("wsb-evil", "<script>alert(1)</script>"))));

        assertThat(detail("wsi-evil")).doesNotContain("<img src=x").doesNotContain("<script>alert(1)")
                .contains("The error code &lt;img src=x onerror=alert(1)&gt; is not documented yet")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void shouldAnswerAnUnknownImageWithA404Page() {
        MvcTestResult missing = mvc.get().uri("/images/{account}/us-east-1/wsi-missing", PRODUCTION).with(viewer())
                .exchange();
        assertThat(missing).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(errorMessage(missing)).contains("There is no image wsi-missing in account 111122223333, region us-east-1");
        assertThat(mvc.get().uri("/images/{account}/ap-south-1/wsi-golden", PRODUCTION).with(viewer()))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/images/{account}/us-east-1/wsi-golden", STAGING).with(viewer()))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    private void fillWith(ImageRow image) {
        InventoryFixtures.fill(store, SampleInventory.sources()[2],
                source(PRODUCTION, "Production", "us-east-1", image));
    }

    private String detail(String imageId) {
        MvcTestResult result = mvc.get().uri("/images/{account}/us-east-1/{image}", PRODUCTION, imageId).with(viewer())
                .exchange();
        assertThat(result).hasStatusOk();
        return body(result);
    }

    /** Text as Thymeleaf writes it into the page. */
    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    @Test
    void shouldLinkEachTableRowToItsImage() {
        assertThat(mvc.get().uri("/images?q=broken").with(viewer())).bodyText()
                .contains("href=\"/images/111122223333/eu-west-1/wsi-broken\"");
    }

}
