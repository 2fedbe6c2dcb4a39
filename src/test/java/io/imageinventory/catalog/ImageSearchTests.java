package io.imageinventory.catalog;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.imageinventory.dev.SampleInventory;
import io.imageinventory.inventory.BundleRef;
import io.imageinventory.inventory.ImageRow;
import io.imageinventory.inventory.InventorySnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.web.util.UriComponentsBuilder;

import static io.imageinventory.inventory.InventoryFixtures.image;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The filter rules that the page, the CSV and the API share, tested once, here, without Spring: which
 * images match, how facets are counted, which values are refused and how images are ordered. The
 * endpoints' tests check with a filter or two that they apply them.
 */
class ImageSearchTests {

    /** Newest first: wsi-broken, wsi-linux, wsi-golden, wsi-shared, wsi-old (see SampleInventory). */
    private final ImageSearch sample = new ImageSearch(
            InventorySnapshot.of(Arrays.asList(SampleInventory.sources()), null).images());

    private final List<ImageRow> images = List.of(
            image("wsi-a").state("ERROR").os("WINDOWS").created("2026-03-01T00:00:00Z").name("beta").build(),
            image("wsi-b").state("AVAILABLE").os("LINUX").created("2026-02-01T00:00:00Z").name("Alpha").build(),
            image("wsi-c").state("DELETING").os(null).created((Instant) null).name(null).build(),
            image("wsi-d").state("ERROR").os("LINUX").tenancy("DEDICATED").created("2026-01-01T00:00:00Z")
                    .name("gamma").build());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            state=ERROR                        | wsi-broken wsi-old
            state=pending                      | wsi-linux
            tenancy=dedicated                  | wsi-broken wsi-shared
            tenancy=DEFAULT                    | wsi-linux wsi-golden
            os=linux                           | wsi-linux
            os=Windows                         | wsi-broken wsi-golden wsi-shared
            type=shared                        | wsi-shared
            type=OWNED                         | wsi-broken wsi-linux wsi-golden wsi-old
            account=444455556666               | wsi-linux wsi-shared
            region=EU-WEST-1                   | wsi-broken
            q=GOLDEN                           | wsi-golden
            q=wsi-sha                          | wsi-shared
            q=developer                        | wsi-linux
            bundled=yes                        | wsi-linux wsi-golden
            bundled=No                         | wsi-broken wsi-shared wsi-old
            state=ERROR&state=PENDING          | wsi-broken wsi-linux wsi-old
            bundled=yes&bundled=no             | wsi-broken wsi-linux wsi-golden wsi-shared wsi-old
            q=golden&q=PARTNER                 | wsi-golden wsi-shared
            state=ERROR&region=us-east-1       | wsi-old
            state=AVAILABLE&tenancy=DEDICATED  | wsi-shared
            bundled=no&type=owned              | wsi-broken wsi-old
            state=ERROR&state=PENDING&account=444455556666 | wsi-linux
            """)
    void shouldMatchEachFilterIgnoringCaseWithRepeatsAsAlternativesAndFiltersAllRequired(String query,
            String expected) {
        assertThat(sample.filter(ImageFilter.parse(parameters(query)))).extracting(ImageRow::imageId)
                .containsExactly(expected.split(" "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            state=broken   | state   | AVAILABLE, PENDING, ERROR
            tenancy=shared | tenancy | DEFAULT, DEDICATED
            os=macos       | os      | WINDOWS, LINUX
            type=public    | type    | OWNED, SHARED
            account=12345  | account | a 12-digit AWS account id such as 123456789012
            region=mars    | region  | an AWS region such as us-east-1
            bundled=maybe  | bundled | YES, NO
            """)
    void shouldRefuseAnUnknownValueNamingTheParameterAndTheValidValues(String query, String parameter, String valid) {
        assertThatExceptionOfType(InvalidQueryException.class)
                .isThrownBy(() -> ImageFilter.parse(parameters(query)))
                .satisfies(ex -> assertThat(ex.parameter()).isEqualTo(parameter))
                .withMessage("Unknown value “%s” for parameter “%s”. Valid values: %s.", query.split("=")[1], parameter,
                        valid);
    }

    @Test
    void shouldCountEachFacetUnderEveryFilterButItsOwn() {
        ImageFilter filter = ImageFilter.parse(Map.of("state", List.of("error"), "os", List.of("linux")));

        ImageSearch.Result result = new ImageSearch(images).search(filter);

        assertThat(result.matches()).extracting(ImageRow::imageId).containsExactly("wsi-d");
        assertThat(result.counts().get(Facet.STATE)).containsOnly(Map.entry("ERROR", 1), Map.entry("AVAILABLE", 1));
        assertThat(result.counts().get(Facet.OS)).containsOnly(Map.entry("WINDOWS", 1), Map.entry("LINUX", 1));
        assertThat(result.counts().get(Facet.TENANCY)).containsOnly(Map.entry("DEDICATED", 1));
    }

    @Test
    void shouldCountValuesNewerThanTheFilterAndMissingFields() {
        ImageSearch.Result result = new ImageSearch(images).search(ImageFilter.NONE);

        assertThat(result.matches()).isSameAs(images);
        assertThat(result.count(Facet.STATE, "DELETING")).isEqualTo(1);
        assertThat(result.count(Facet.OS, ImageSearch.NOT_SET)).isEqualTo(1);
    }

    @Test
    void shouldMatchTextInIdNameOrDescriptionIgnoringCaseAndBlanks() {
        ImageFilter filter = ImageFilter.parse(Map.of("q", List.of("  ALPHA ", "", "WSI-D")));

        assertThat(new ImageSearch(images).filter(filter)).extracting(ImageRow::imageId).containsExactly("wsi-b", "wsi-d");
    }

    @Test
    void shouldIgnoreBlankValuesAndParametersThatAreNotFilters() {
        assertThat(ImageFilter.parse(Map.of("state", List.of(""), "q", List.of(" "), "sort", List.of("name")))
                .isEmpty()).isTrue();
        assertThatExceptionOfType(InvalidQueryException.class)
                .isThrownBy(() -> ImageFilter.parse(Map.of("state", List.of("DELETING"))))
                .withMessage("Unknown value “DELETING” for parameter “state”. Valid values: AVAILABLE, PENDING, ERROR.");
    }

    @Test
    void shouldFindTheImagesNoBundleUsesCountBothSidesAndMatchNeitherWhileBundlesAreUnknown() {
        List<ImageRow> withBundles = List.of(images.get(0).withBundles(List.of(new BundleRef("wsb-a", "A"))),
                images.get(1), images.get(2).withBundles(null), images.get(3).withBundles(List.of(new BundleRef("wsb-d", null))));

        ImageSearch.Result result = new ImageSearch(withBundles).search(
                ImageFilter.parse(Map.of("bundled", List.of(" no "), "state", List.of("ERROR"))));

        assertThat(result.matches()).isEmpty();
        assertThat(result.count(Facet.BUNDLED, "YES")).isEqualTo(2);
        assertThat(result.count(Facet.BUNDLED, "NO")).isZero();
        assertThat(new ImageSearch(withBundles).filter(ImageFilter.parse(Map.of("bundled", List.of("No")))))
                .extracting(ImageRow::imageId).containsExactly("wsi-b");
        assertThat(new ImageSearch(withBundles).filter(ImageFilter.parse(Map.of("bundled", List.of("yes", "no")))))
                .extracting(ImageRow::imageId).containsExactly("wsi-a", "wsi-b", "wsi-d");
    }

    @Test
    void shouldKeepTheNewestFirstOrderWithoutSortingForTheDefault() {
        assertThat(ImageSort.parse(null).apply(images)).isSameAs(images);
        assertThat(ImageSort.parse("-CREATED").apply(images)).isSameAs(images);
    }

    @Test
    void shouldPutImagesWithoutTheSortFieldLastInBothDirections() {
        assertThat(ImageSort.parse("name").apply(images)).extracting(ImageRow::imageId)
                .containsExactly("wsi-b", "wsi-a", "wsi-d", "wsi-c");
        assertThat(ImageSort.parse("-name").apply(images)).extracting(ImageRow::imageId)
                .containsExactly("wsi-d", "wsi-a", "wsi-b", "wsi-c");
        assertThat(ImageSort.parse("created").apply(images)).extracting(ImageRow::imageId)
                .containsExactly("wsi-d", "wsi-b", "wsi-a", "wsi-c");
        assertThat(ImageSort.parse("-state").apply(images)).extracting(ImageRow::imageId)
                .containsExactly("wsi-a", "wsi-d", "wsi-c", "wsi-b");
    }

    @Test
    void shouldRefuseAnUnknownOrderListingEveryOrder() {
        assertThatExceptionOfType(InvalidQueryException.class).isThrownBy(() -> ImageSort.parse("size"))
                .withMessage("Unknown value “size” for parameter “sort”. Valid values: created, -created, name, -name, "
                        + "state, -state.");
    }

    private static Map<String, List<String>> parameters(String query) {
        return UriComponentsBuilder.fromUriString("/images?" + query).build().getQueryParams();
    }

}
