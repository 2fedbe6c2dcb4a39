package io.imageinventory.images;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.imageinventory.dev.SampleInventory;
import io.imageinventory.dev.WebTestConfiguration;
import io.imageinventory.inventory.InventoryFixtures;
import io.imageinventory.inventory.InventoryRefresher;
import io.imageinventory.inventory.InventoryStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static io.imageinventory.dev.SampleInventory.NEWEST_FIRST;
import static io.imageinventory.dev.SampleInventory.PRODUCTION;
import static io.imageinventory.dev.SampleInventory.STAGING;
import static io.imageinventory.dev.SampleInventory.admin;
import static io.imageinventory.dev.SampleInventory.body;
import static io.imageinventory.dev.SampleInventory.errorMessage;
import static io.imageinventory.dev.SampleInventory.facetCount;
import static io.imageinventory.dev.SampleInventory.rowIds;
import static io.imageinventory.dev.SampleInventory.viewer;
import static io.imageinventory.inventory.InventoryFixtures.image;
import static io.imageinventory.inventory.InventoryFixtures.source;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inventory page: filters, counts, order, pages, the ERROR marks and the freshness banner.
 */
@WebMvcTest(ImagesController.class)
@Import(WebTestConfiguration.class)
class ImagesControllerTests {

    @Autowired
    private MockMvcTester mvc;

    @Autowired
    private InventoryStore store;

    @BeforeEach
    void fill() {
        SampleInventory.fill(store);
    }

    @Test
    void shouldListEveryImageNewestFirstByDefault() {
        assertThat(rowIds(page("/images"))).containsExactlyElementsOf(NEWEST_FIRST);
    }

    /** The filter rules themselves are ImageSearchTests'. */
    @Test
    void shouldShowOnlyTheImagesThatMatchTheFilters() {
        assertThat(rowIds(page("/images?state=error&state=PENDING&account=" + STAGING))).containsExactly("wsi-linux");
        assertThat(rowIds(page("/images?q=golden&q=partner"))).containsExactly("wsi-golden", "wsi-shared");
    }

    @Test
    void shouldCountEachFacetUnderTheOtherFiltersButNotItsOwn() {
        String html = page("/images?state=ERROR");

        assertThat(facetCount(html, "state", "AVAILABLE")).isEqualTo(2);
        assertThat(facetCount(html, "state", "PENDING")).isEqualTo(1);
        assertThat(facetCount(html, "state", "ERROR")).isEqualTo(2);
        assertThat(facetCount(html, "tenancy", "DEDICATED")).isEqualTo(1);
        assertThat(facetCount(html, "tenancy", "DEFAULT")).isZero();
        assertThat(facetCount(html, "account", PRODUCTION)).isEqualTo(2);
        assertThat(facetCount(html, "account", STAGING)).isZero();
        assertThat(facetCount(html, "region", "eu-west-1")).isEqualTo(1);
        assertThat(html).contains("Production (111122223333)").contains("Staging (444455556666)");
    }

    @Test
    void shouldLinkEachFacetValueToTheViewWithThatFilterToggled() {
        String html = page("/images?state=ERROR&sort=name");

        assertThat(html).contains("href=\"/images?state=ERROR&amp;os=LINUX&amp;sort=name\"")
                .contains("href=\"/images?sort=name\"")
                .containsPattern("aria-current=\"true\" data-facet=\"state\" data-value=\"ERROR\"");
    }

    @Test
    void shouldEncodeEachValueInLinksWholeSoThatAPlusStaysAPlus() {
        MvcTestResult result = mvc.get().uri("/images").param("q", "c++", "two words").with(viewer()).exchange();
        assertThat(result).hasStatusOk();
        String html = body(result);

        assertThat(html).contains("href=\"/images.csv?q=c%2B%2B&amp;q=two%20words\"")
                .contains("href=\"/images?q=two%20words\"");
    }

    @Test
    void shouldCountTheImagesABundleUsesAndToggleThatFilterLikeTheOthers() {
        String html = page("/images?state=AVAILABLE");

        assertThat(facetCount(html, "bundled", "YES")).isEqualTo(1);
        assertThat(facetCount(html, "bundled", "NO")).isEqualTo(1);
        assertThat(html).contains("Used by a bundle").contains("href=\"/images?state=AVAILABLE&amp;bundled=NO\"");

        String unused = page("/images?state=AVAILABLE&bundled=no");

        assertThat(rowIds(unused)).containsExactly("wsi-shared");
        assertThat(facetCount(unused, "bundled", "YES")).isEqualTo(1);
        assertThat(unused).contains("Used by a bundle: no")
                .containsPattern("aria-current=\"true\" data-facet=\"bundled\" data-value=\"NO\"")
                .contains("href=\"/images?state=AVAILABLE\"")
                .contains("href=\"/images.csv?state=AVAILABLE&amp;bundled=NO\"");
    }

    @Test
    void shouldShowHowManyBundlesUseEachImage() {
        String html = page("/images?q=wsi-golden&q=wsi-old");

        assertThat(html).containsPattern("<td class=\"bundle-count[^\"]*\">\\s*<span title=\"Used by 2 bundles\">2</span>")
                .containsPattern("<td class=\"bundle-count[^\"]*\">\\s*"
                        + "<span class=\"text-body-secondary\" title=\"No bundle uses it\">none</span>");
    }

    @Test
    void shouldMarkErrorImagesWithAnIconTheWordAndTheFirstErrorAndFoldTheOthersAway() {
        String html = page("/images?q=wsi-broken");

        assertThat(html).containsPattern("class=\"image-row table-danger image-error\"\\s+data-image-id=\"wsi-broken\"")
                .contains("&#9888;</span> ERROR</span>");
        int disclosure = html.indexOf("<details class=\"more-errors\">");
        String first = html.substring(html.indexOf("class=\"image-error-first"), disclosure);
        assertThat(first).contains("InternalServiceError").contains("The image could not be created.");
        String folded = html.substring(disclosure, html.indexOf("</details>", disclosure));
        assertThat(folded).contains("<summary>2 more errors</summary>")
                .contains("OutdatedPowershellVersion").contains("PowerShell 5.1 is needed.")
                .contains("IncompatiblePartitioning").contains("The disk layout is not supported.")
                .doesNotContain("InternalServiceError");
    }

    @Test
    void shouldShowAnImagesOnlyErrorDetailWholeWithNothingToUnfold() {
        InventoryFixtures.fill(store, source(PRODUCTION, "Production", "us-east-1", image("wsi-kiosk")
                .errorDetail("DomainJoined", "The instance is joined to a domain.").build()));

        String html = page("/images");

        assertThat(html).contains("DomainJoined").contains("The instance is joined to a domain.")
                .doesNotContain("more-errors").doesNotContain("more error");
    }

    @Test
    void shouldMarkPendingImagesAndAvailableUpdatesWithText() {
        String html = page("/images");

        assertThat(html).contains("PENDING</span>").contains("Update available");
    }

    @Test
    void shouldCountEveryErrorImageOfTheInventoryInTheChipWhateverTheFilter() {
        assertThat(page("/images?state=AVAILABLE")).contains("ERROR (<span>2</span>)")
                .contains("href=\"/images?state=ERROR\"");
    }

    @Test
    void shouldKeepTheResultsInAsciiWithOtherCharactersAsReferences() {
        InventoryFixtures.fill(store, source(PRODUCTION, "Production", "us-east-1", image("wsi-cafe")
                .name("Café \uD83D\uDE00").build()));

        assertThat(page("/images")).contains(">Caf&#233; &#128512;</a>").doesNotContain("Café");
    }

    @Test
    void shouldEscapeMarkupInErrorMessages() {
        InventoryFixtures.fill(store, source(PRODUCTION, "Production", "us-east-1", image("wsi-evil")
                .name("<b>bold</b>").error("<img src=x>", "<script>alert(1)</script>")
                .errorDetail("Code", "<iframe src=\"https://example.com\"></iframe>").build()));

        String html = page("/images");

        assertThat(html).doesNotContain("<script>alert(1)</script>").doesNotContain("<img src=x>")
                .doesNotContain("<iframe").doesNotContain("<b>bold</b>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("&lt;iframe");
    }

    @Test
    void shouldSortByNameAndMarkTheSortedColumn() {
        String html = page("/images?sort=name");

        assertThat(rowIds(html)).containsExactly("wsi-broken", "wsi-shared", "wsi-linux", "wsi-golden", "wsi-old");
        assertThat(html).containsPattern("<th scope=\"col\" aria-sort=\"ascending\"[^>]*>\\s*<a href=\"/images\\?sort=-name\"");
        assertThat(rowIds(page("/images?sort=-created"))).containsExactlyElementsOf(NEWEST_FIRST);
        assertThat(rowIds(page("/images?sort=created"))).containsExactly("wsi-shared", "wsi-golden", "wsi-linux",
                "wsi-broken", "wsi-old");
        assertThat(rowIds(page("/images?sort=-state"))).containsExactly("wsi-linux", "wsi-broken", "wsi-old",
                "wsi-golden", "wsi-shared");
    }

    @Test
    void shouldShowOnePageOfTheRequestedSizeAndMarkTheCurrentPage() {
        String html = page("/images?size=2&page=2");

        assertThat(rowIds(html)).containsExactly("wsi-golden", "wsi-shared");
        assertThat(html).contains("aria-current=\"page\"").containsPattern("href=\"/images\\?size=2&amp;page=3\"")
                .contains("Images <span>3</span>&#8211;<span>4</span>\n        of <span class=\"images-total\">5</span>");
    }

    @Test
    void shouldShowTheLastPageWhenAskedForOneBeyondIt() {
        assertThat(rowIds(page("/images?size=2&page=99"))).containsExactly("wsi-old");
    }

    /** Which values are refused, and how it is said, is ImageSearchTests' and ImagesQueryTests'. */
    @Test
    void shouldRejectABadFilterOrPageWith400NamingIt() {
        MvcTestResult badFilter = mvc.get().uri("/images?os=macos").with(viewer()).exchange();
        MvcTestResult badPage = mvc.get().uri("/images?page=0").with(viewer()).exchange();

        assertThat(badFilter).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(errorMessage(badFilter)).contains("parameter “os”", "WINDOWS, LINUX");
        assertThat(badPage).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(errorMessage(badPage)).contains("parameter “page”");
    }

    @Test
    void shouldAnswerHtmxWithOnlyTheResults() {
        MvcTestResult result = mvc.get().uri("/images?state=ERROR").header("HX-Request", "true").with(viewer()).exchange();

        assertThat(result).hasStatusOk().headers().hasValue("Vary", "HX-Request");
        assertThat(result).bodyText().startsWith("<div id=\"results\"").doesNotContain("<html")
                .doesNotContain("Data refreshed");
        assertThat(rowIds(body(result))).containsExactly("wsi-broken", "wsi-old");
    }

    @Test
    void shouldShareTheResultsBetweenUsersButGiveEachTheirOwnNameAndToken() {
        String forViewer = body(mvc.get().uri("/images?state=ERROR").header("HX-Request", "true").with(viewer()).exchange());
        String forAdmin = body(mvc.get().uri("/images?state=ERROR").header("HX-Request", "true").with(admin()).exchange());
        String viewerPage = page("/images?state=ERROR");
        String adminPage = body(mvc.get().uri("/images?state=ERROR").with(admin()).exchange());

        assertThat(forAdmin).isEqualTo(forViewer).doesNotContain("_csrf").doesNotContain("viewer")
                .doesNotContain("admin");
        assertThat(viewerPage).contains(forViewer).doesNotContain("results-slot").contains(">viewer<")
                .contains("name=\"_csrf\"").contains("</main>");
        assertThat(adminPage).contains(forViewer).contains(">admin<").contains("name=\"_csrf\"");
    }

    @Test
    void shouldGiveEachPageItsOwnMaskedCsrfTokenThatSignOutAccepts() {
        MockHttpSession session = new MockHttpSession();
        String first = csrfToken(body(mvc.get().uri("/images").session(session).with(admin()).exchange()));
        String second = csrfToken(body(mvc.get().uri("/images").session(session).with(admin()).exchange()));

        assertThat(first).isNotEqualTo(second);
        assertThat(mvc.post().uri("/logout").session(session).param("_csrf", "forged").with(admin()))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/logout").session(session).param("_csrf", first).with(admin()))
                .hasStatus3xxRedirection();
    }

    @Test
    void shouldShowANewSnapshotAtOnceRatherThanResultsRenderedBefore() {
        assertThat(rowIds(page("/images?state=ERROR"))).containsExactly("wsi-broken", "wsi-old");

        InventoryFixtures.fill(store, source(PRODUCTION, "Production", "us-east-1",
                image("wsi-new-error").error("InternalServiceError", "Failed.").build()));

        assertThat(rowIds(page("/images?state=ERROR"))).containsExactly("wsi-new-error");
        assertThat(rowIds(body(mvc.get().uri("/images?state=ERROR").header("HX-Request", "true").with(viewer())
                .exchange()))).containsExactly("wsi-new-error");
    }

    @Test
    void shouldWarnAboutFailingAndStaleSourcesWithTheirError() {
        InventoryFixtures.fill(store, SampleInventory.sources()[0],
                InventoryFixtures.failing(STAGING, "us-east-1", InventoryFixtures.NOW.minusSeconds(7200),
                        "AccessDeniedException: User is not authorized"),
                InventoryFixtures.failing(PRODUCTION, "eu-west-1", null, "ThrottlingException: Rate exceeded"));

        String html = page("/images");

        assertThat(html).contains("Data refreshed").contains("Stale:").contains("444455556666")
                .contains("AccessDeniedException").contains("2 h ago")
                .contains("Failing:").contains("ThrottlingException").contains("never read successfully")
                .doesNotContain("User is not authorized").doesNotContain("Rate exceeded");
        assertThat(body(mvc.get().uri("/images").with(admin()).exchange()))
                .contains("AccessDeniedException: User is not authorized").contains("ThrottlingException: Rate exceeded");
    }

    @Test
    void shouldSayWhenTheSourcesCannotBeListed() {
        InventoryFixtures.fill(store);
        InventoryFixtures.sourcesNotListed(store, "The sources could not be set up: IllegalStateException: "
                + "No AWS region is configured: set inventory.regions, or AWS_REGION");

        assertThat(page("/images")).contains("could not all be listed").contains("The sources could not be set up")
                .doesNotContain("inventory.regions");
        assertThat(body(mvc.get().uri("/images").with(admin()).exchange()))
                .contains("No AWS region is configured: set inventory.regions, or AWS_REGION");
    }

    @Test
    void shouldSayWhenARefreshRuns(@Autowired InventoryRefresher refresher,
            @Autowired InventoryFixtures.HeldExecutor executor) {
        refresher.refresh();
        try {
            assertThat(page("/images")).contains("Refreshing…");
        }
        finally {
            executor.runAll();
        }
        assertThat(page("/images")).doesNotContain("Refreshing…");
    }

    @Test
    void shouldShowTheRefreshButtonOnlyToAdmins() {
        assertThat(page("/images")).doesNotContain("Refresh now");
        assertThat(mvc.get().uri("/images").with(admin())).bodyText()
                .contains("Refresh now").containsPattern("action=\"/refresh\" method=\"post\"")
                .contains("name=\"_csrf\"");
    }

    @Test
    void shouldKeepTheOtherFiltersInTheSearchForm() {
        String html = page("/images?state=ERROR&q=broken&sort=name&page=1");

        assertThat(html).containsPattern("<input type=\"hidden\" name=\"state\"\\s+value=\"ERROR\">")
                .containsPattern("<input type=\"hidden\" name=\"sort\"\\s+value=\"name\">")
                .contains("value=\"broken\"").doesNotContain("name=\"page\"");
        assertThat(html).contains("href=\"/images.csv?state=ERROR&amp;q=broken\"");
    }

    private String page(String uri) {
        MvcTestResult result = mvc.get().uri(uri).with(viewer()).exchange();
        assertThat(result).hasStatusOk();
        return body(result);
    }

    private static String csrfToken(String html) {
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(token.find()).as("a CSRF token in the page").isTrue();
        String value = token.group(1);
        while (token.find()) {
            assertThat(token.group(1)).as("one token for every form of a page").isEqualTo(value);
        }
        return value;
    }

}
