package io.imageinventory.images;

import java.util.List;

import io.imageinventory.dev.SampleInventory;
import io.imageinventory.dev.WebTestConfiguration;
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

import static io.imageinventory.dev.SampleInventory.PRODUCTION;
import static io.imageinventory.dev.SampleInventory.body;
import static io.imageinventory.dev.SampleInventory.errorMessage;
import static io.imageinventory.dev.SampleInventory.viewer;
import static io.imageinventory.inventory.InventoryFixtures.image;
import static io.imageinventory.inventory.InventoryFixtures.source;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CSV download: the same filters as the page, a header row, RFC 4180 quoting, and no cell a
 * spreadsheet would run as a formula.
 */
@WebMvcTest(ImagesCsvController.class)
@Import(WebTestConfiguration.class)
class ImagesCsvControllerTests {

    private static final String HEADER = "imageId,name,description,operatingSystem,state,requiredTenancy,created,"
            + "ownerAccountId,imageType,accountId,region,errorCode,errorMessage,errorDetails,updateAvailable,"
            + "updateDescription";

    @Autowired
    private MockMvcTester mvc;

    @Autowired
    private InventoryStore store;

    @BeforeEach
    void fill() {
        SampleInventory.fill(store);
    }

    @Test
    void shouldDownloadEveryImageNewestFirstUnderAHeaderRow() {
        MvcTestResult result = mvc.get().uri("/images.csv").with(viewer()).exchange();

        assertThat(result).hasStatusOk().hasContentTypeCompatibleWith("text/csv");
        assertThat(result).headers().hasValue("Content-Disposition", "attachment; filename=\"images.csv\"");
        List<String> lines = lines(result);
        assertThat(lines.get(0)).isEqualTo(HEADER);
        assertThat(lines.subList(1, lines.size())).extracting(line -> line.substring(0, line.indexOf(',')))
                .containsExactlyElementsOf(SampleInventory.NEWEST_FIRST);
    }

    /** The filter rules themselves are ImageSearchTests'. */
    @Test
    void shouldWriteOnlyTheImagesThatMatchTheFilters() {
        List<String> lines = lines(mvc.get().uri("/images.csv?bundled=no&type=owned").with(viewer()).exchange());

        assertThat(lines.subList(1, lines.size())).extracting(line -> line.substring(0, line.indexOf(',')))
                .containsExactly("wsi-broken", "wsi-old");
    }

    @Test
    void shouldWriteEveryFieldWithErrorDetailsInOneCell() {
        List<String> lines = lines(mvc.get().uri("/images.csv?q=wsi-broken").with(viewer()).exchange());

        assertThat(lines.get(1)).isEqualTo("wsi-broken,Broken build,Image wsi-broken,WINDOWS,ERROR,DEDICATED,"
                + "2026-03-03T05:06:07Z,111122223333,OWNED,111122223333,eu-west-1,InternalServiceError,"
                + "The image could not be created.,OutdatedPowershellVersion: PowerShell 5.1 is needed.; "
                + "IncompatiblePartitioning: The disk layout is not supported.,,");
    }

    @Test
    void shouldNeutraliseCellsThatASpreadsheetWouldRunAsFormulas() {
        InventoryFixtures.fill(store, source(PRODUCTION, "Production", "us-east-1", image("wsi-formula")
                .name("=HYPERLINK(\"https://evil.example\",\"click\")").description("+1+1")
                .error("-2+3", "@SUM(A1)").errorDetail("Code", "\tTabbed").updateAvailable("\rCarriage").build()));

        String csv = body(mvc.get().uri("/images.csv").with(viewer()).exchange());

        assertThat(csv).contains("\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"click\"\")\"")
                .contains(",'+1+1,").contains(",'-2+3,'@SUM(A1),Code: \tTabbed,true,\"'\rCarriage\"\r\n")
                .doesNotContain(",=").doesNotContain(",+1").doesNotContain(",@");
    }

    @Test
    void shouldQuoteCellsWithCommasQuotesAndLineBreaks() {
        InventoryFixtures.fill(store, source(PRODUCTION, "Production", "us-east-1", image("wsi-quoted")
                .name("Golden, \"v2\"").description("line one\nline two").build()));

        assertThat(body(mvc.get().uri("/images.csv").with(viewer()).exchange()))
                .contains("wsi-quoted,\"Golden, \"\"v2\"\"\",\"line one\nline two\",WINDOWS");
    }

    @Test
    void shouldRejectABadFilterWith400NamingTheParameter() {
        MvcTestResult result = mvc.get().uri("/images.csv?os=beos").with(viewer()).exchange();

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(errorMessage(result)).contains("parameter “os”").contains("WINDOWS, LINUX");
    }

    private static List<String> lines(MvcTestResult result) {
        assertThat(result).hasStatusOk();
        return List.of(body(result).split("\r\n"));
    }

}
