package io.imageinventory.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.imageinventory.inventory.BundleRef;
import io.imageinventory.inventory.ImageRow;
import org.junit.jupiter.api.Test;

import static io.imageinventory.inventory.InventoryFixtures.image;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Filtering, facet counts and order, without Spring.
 */
class ImageSearchTests {

    private final List<ImageRow> images = List.of(
            image("wsi-a").state("ERROR").os("WINDOWS").created("2026-03-01T00:00:00Z").name("beta").build(),
            image("wsi-b").state("AVAILABLE").os("LINUX").created("2026-02-01T00:00:00Z").name("Alpha").build(),
            image("wsi-c").state("DELETING").os(null).created((Instant) null).name(null).build(),
            image("wsi-d").state("ERROR").os("LINUX").tenancy("DEDICATED").created("2026-01-01T00:00:00Z")
                    .name("gamma").build());

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
    void shouldMatchTextInIdNameOrDescriptionIgnoringCase() {
        ImageFilter filter = ImageFilter.parse(Map.of("q", List.of("  ALPHA ", "", "WSI-D")));

        assertThat(new ImageSearch(images).filter(filter)).extracting(ImageRow::imageId).containsExactly("wsi-b", "wsi-d");
    }

    @Test
    void shouldIgnoreBlankValuesAndRejectUnknownOnes() {
        assertThat(ImageFilter.parse(Map.of("state", List.of(""), "q", List.of(" "))).isEmpty()).isTrue();
        assertThatExceptionOfType(InvalidQueryException.class)
                .isThrownBy(() -> ImageFilter.parse(Map.of("state", List.of("DELETING"))))
                .satisfies(ex -> assertThat(ex.parameter()).isEqualTo("state"))
                .withMessage("Unknown value “DELETING” for parameter “state”. Valid values: AVAILABLE, PENDING, ERROR.");
    }

    @Test
    void shouldFindTheImagesNoBundleUsesAndCountBothSides() {
        List<ImageRow> withBundles = List.of(images.get(0).withBundles(List.of(new BundleRef("wsb-a", "A"))),
                images.get(1), images.get(2), images.get(3).withBundles(List.of(new BundleRef("wsb-d", null))));

        ImageSearch.Result result = new ImageSearch(withBundles).search(
                ImageFilter.parse(Map.of("bundled", List.of(" no "), "state", List.of("ERROR"))));

        assertThat(result.matches()).isEmpty();
        assertThat(result.count(Facet.BUNDLED, "YES")).isEqualTo(2);
        assertThat(result.count(Facet.BUNDLED, "NO")).isZero();
        assertThat(new ImageSearch(withBundles).filter(ImageFilter.parse(Map.of("bundled", List.of("No")))))
                .extracting(ImageRow::imageId).containsExactly("wsi-b", "wsi-c");
        assertThatExceptionOfType(InvalidQueryException.class)
                .isThrownBy(() -> ImageFilter.parse(Map.of("bundled", List.of("unused"))))
                .withMessage("Unknown value “unused” for parameter “bundled”. Valid values: YES, NO.");
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
    }

}
