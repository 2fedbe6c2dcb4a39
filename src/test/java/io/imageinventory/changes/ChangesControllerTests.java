package io.imageinventory.changes;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.imageinventory.changes.ChangeLog;
import io.imageinventory.changes.ImageChange;
import io.imageinventory.dev.WebTestConfiguration;
import io.imageinventory.inventory.ImageRow;
import io.imageinventory.inventory.InventoryFixtures;
import io.imageinventory.inventory.InventoryStore;
import io.imageinventory.inventory.SourceKey;
import io.imageinventory.inventory.SourceState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static io.imageinventory.dev.SampleInventory.PRODUCTION;
import static io.imageinventory.dev.SampleInventory.STAGING;
import static io.imageinventory.dev.SampleInventory.body;
import static io.imageinventory.dev.SampleInventory.errorMessage;
import static io.imageinventory.dev.SampleInventory.facetCount;
import static io.imageinventory.dev.SampleInventory.rowIds;
import static io.imageinventory.dev.SampleInventory.viewer;
import static io.imageinventory.inventory.InventoryFixtures.image;
import static io.imageinventory.inventory.InventoryFixtures.source;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The change timeline, {@code /changes}, and {@code /api/changes}: newest first, the same filters on
 * both. The real change log is fed the way a refresh feeds it. It cannot be emptied, so the class
 * starts from a fresh context and records the same three refreshes once for all its tests.
 */
@WebMvcTest({ ChangesController.class, ChangesApiController.class })
@Import(WebTestConfiguration.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
class ChangesControllerTests {

    private static final Instant NINE = Instant.parse("2026-03-01T09:00:00Z");

    private static final Instant TEN = Instant.parse("2026-03-01T10:00:00Z");

    private static final Instant ELEVEN = Instant.parse("2026-03-01T11:00:00Z");

    @Autowired
    private MockMvcTester mvc;

    @Autowired
    private ChangeLog changeLog;

    @Autowired
    private InventoryStore store;

    /**
     * Three refreshes, oldest first: wsi-broken appears in eu-west-1; in us-east-1 wsi-golden breaks,
     * wsi-new appears and wsi-old goes; in Staging an update for wsi-linux comes out.
     */
    @BeforeEach
    void recordThreeRefreshes() {
        ImageRow broken = image("wsi-broken").name("Broken build").seenFrom(PRODUCTION, "eu-west-1")
                .errorDetail("OutdatedPowershellVersion", "PowerShell 5.1 is needed.").build();
        ImageRow golden = image("wsi-golden").name("Windows 11 golden").build();
        ImageRow goldenBroken = image("wsi-golden").name("Windows 11 golden")
                .errorDetail("OutdatedPowershellVersion", "PowerShell 5.1 is needed.").build();
        ImageRow added = image("wsi-new").name("<b>New</b>").build();
        ImageRow old = image("wsi-old").name("Old image").build();
        ImageRow linux = image("wsi-linux").name("Ubuntu desktop").seenFrom(STAGING, "us-east-1").build();
        ImageRow linuxUpdate = image("wsi-linux").name("Ubuntu desktop").seenFrom(STAGING, "us-east-1")
                .updateAvailable("Ubuntu 24.04.2").build();

        if (changeLog.changes().isEmpty()) {
            refresh(PRODUCTION, "Production", "eu-west-1", NINE, List.of(), List.of(broken));
            refresh(PRODUCTION, "Production", "us-east-1", TEN, List.of(golden, old), List.of(goldenBroken, added));
            refresh(STAGING, "Staging", "us-east-1", ELEVEN, List.of(linux), List.of(linuxUpdate));
        }
        InventoryFixtures.fill(store, source(PRODUCTION, "Production", "us-east-1", goldenBroken, added),
                source(PRODUCTION, "Production", "eu-west-1", broken), source(STAGING, "Staging", "us-east-1", linuxUpdate));
    }

    private void refresh(String accountId, String accountName, String region, Instant at, List<ImageRow> before,
            List<ImageRow> after) {
        SourceKey key = new SourceKey(accountId, region);
        Instant earlier = at.minus(Duration.ofMinutes(15));
        changeLog.sourceRefreshed(new SourceState(key, accountName, before, earlier, earlier, null),
                new SourceState(key, accountName, after, at, at, null), Duration.ofSeconds(1));
    }

    @Test
    void shouldListEveryChangeNewestFirstWithItsTimeSourceImageKindAndValues() {
        String html = page("/changes");

        assertThat(rowIds(html)).hasSize(6).startsWith("wsi-linux").endsWith("wsi-broken")
                .containsExactlyElementsOf(changeLog.changes().stream().map(ImageChange::imageId).toList());
        assertThat(html).containsSubsequence("<time datetime=\"2026-03-01T11:00:00Z\"", ">1 Mar 2026, 11:00 UTC</time>",
                        "Ubuntu desktop", "Update available", "Ubuntu 24.04.2", "Staging (444455556666)",
                        "<time datetime=\"2026-03-01T10:00:00Z\"", "Removed",
                        "<time datetime=\"2026-03-01T09:00:00Z\"", "Production (111122223333)", "eu-west-1")
                .containsPattern("<span class=\"change-from\">AVAILABLE</span>\\s*<span aria-hidden=\"true\">→</span>"
                        + "<span class=\"visually-hidden\">to</span>\\s*<span class=\"change-to\">ERROR</span>")
                .containsPattern("<span class=\"change-from\">no errors</span>[^\\n]*\\n[^\\n]*\\n\\s*"
                        + "<span class=\"change-to\">OutdatedPowershellVersion</span>")
                .contains("State changed").contains("Errors changed").contains("Added")
                .containsPattern("<span class=\"changes-total\">6</span>\\s*<span>changes</span>, newest first.");
    }

    @Test
    void shouldLinkImagesStillInTheInventoryToTheirPage() {
        String html = page("/changes");

        assertThat(html).contains("<a href=\"/images/111122223333/us-east-1/wsi-golden\">Windows 11 golden</a>")
                .contains("<a href=\"/images/444455556666/us-east-1/wsi-linux\">Ubuntu desktop</a>")
                .doesNotContain("href=\"/images/111122223333/us-east-1/wsi-old\"")
                .containsPattern("<span>Old image</span>\\s*<br><code class=\"fw-normal\">wsi-old</code>\\s*"
                        + "<span class=\"d-block small fw-normal text-body-secondary\">no longer in the inventory</span>");
    }

    @Test
    void shouldEscapeMarkupInImageNames() {
        assertThat(page("/changes")).doesNotContain("<b>New</b>").contains("&lt;b&gt;New&lt;/b&gt;");
    }

    @Test
    void shouldMarkChangesIntoErrorWithColourAndIcon() {
        assertThat(page("/changes?kind=state_changed"))
                .containsPattern("class=\"change-row table-danger change-to-error\"\\s+data-kind=\"STATE_CHANGED\"")
                .contains("<span class=\"badge change-kind text-bg-danger\">State changed</span>")
                .contains("<span class=\"change-error-icon\" aria-hidden=\"true\">&#9888;</span>");
    }

    /** The filter rules themselves are ChangesQueryTests'. */
    @Test
    void shouldShowOnlyTheChangesMatchingTheFiltersOnThePageAndInTheApi() {
        String query = "kind=Added&kind=REMOVED&account=111122223333";

        assertThat(rowIds(page("/changes?" + query))).containsExactly("wsi-old", "wsi-new", "wsi-broken");
        assertThat(mvc.get().uri("/api/changes?" + query).with(viewer())).hasStatusOk().bodyJson()
                .extractingPath("$.changes[*].imageId").asArray().containsExactly("wsi-old", "wsi-new", "wsi-broken");
    }

    @Test
    void shouldCountEachFilterValueUnderTheOtherFiltersAndToggleIt() {
        String html = page("/changes?account=111122223333");

        assertThat(facetCount(html, "kind", "ADDED")).isEqualTo(2);
        assertThat(facetCount(html, "kind", "UPDATE_AVAILABLE")).isZero();
        assertThat(facetCount(html, "account", STAGING)).isEqualTo(1);
        assertThat(facetCount(html, "region", "us-east-1")).isEqualTo(4);
        assertThat(html).contains("href=\"/changes?kind=ADDED&amp;account=111122223333\"")
                .containsPattern("aria-current=\"true\" data-facet=\"account\" data-value=\"111122223333\"")
                .contains("Account: Production (111122223333)").contains("href=\"/changes\"");
    }

    @Test
    void shouldServeEveryFieldOfAChangeNewestFirst() {
        assertThat(mvc.get().uri("/api/changes").with(viewer())).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.changes.length()", length -> length.assertThat().isEqualTo(6))
                .extractingPath("$.changes[0]").asMap()
                .containsOnlyKeys("time", "accountId", "region", "imageId", "name", "kind", "from", "to")
                .containsEntry("time", "2026-03-01T11:00:00Z").containsEntry("accountId", STAGING)
                .containsEntry("region", "us-east-1").containsEntry("imageId", "wsi-linux")
                .containsEntry("name", "Ubuntu desktop").containsEntry("kind", "UPDATE_AVAILABLE")
                .containsEntry("from", null).containsEntry("to", "Ubuntu 24.04.2");
    }

    @Test
    void shouldRejectABadFilterWith400NamingTheParameterOnThePageAndInTheApi() {
        MvcTestResult result = mvc.get().uri("/changes?kind=renamed").with(viewer()).exchange();

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(errorMessage(result)).contains("parameter “kind”", "ADDED, REMOVED");
        assertThat(mvc.get().uri("/api/changes?region=mars").with(viewer())).hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
                .hasPathSatisfying("$.error", error -> error.assertThat().asString()
                        .contains("parameter “region”", "us-east-1"));
    }

    @Test
    void shouldSayWhenNoChangeMatchesTheFilters() {
        assertThat(page("/changes?kind=removed&account=444455556666")).contains("No change matches these")
                .doesNotContain("No change has been recorded yet").doesNotContain("change-row");
    }

    @Test
    void shouldLinkToTheTimelineFromTheNavigation() {
        assertThat(page("/changes")).contains("<a class=\"nav-link\" href=\"/changes\">Changes</a>")
                .contains("<title>Changes · Image Inventory</title>");
    }

    private String page(String uri) {
        MvcTestResult result = mvc.get().uri(uri).with(viewer()).exchange();
        assertThat(result).hasStatusOk();
        return body(result);
    }

}
