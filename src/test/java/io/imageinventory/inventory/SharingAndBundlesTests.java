package io.imageinventory.inventory;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import io.imageinventory.dev.FakeAws;
import io.imageinventory.dev.FakeError;
import io.imageinventory.dev.FakeImage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static io.imageinventory.dev.FakeAws.DEFAULT_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Who each owned image is shared with, and which bundles use it, over the real SDK client.
 */
class SharingAndBundlesTests {

    private final FakeAws aws = FakeAws.start(0);

    private final TestInventory inventory = new TestInventory(aws.endpoint(), List.of("us-east-1"));

    @AfterEach
    void stop() {
        inventory.close();
        aws.close();
    }

    @Test
    void shouldListEveryAccountAnImageIsSharedWithPastOnePage() {
        List<String> thirty = IntStream.range(0, 30).mapToObj(i -> "3000000000%02d".formatted(i)).toList();
        aws.images(DEFAULT_ACCOUNT, "us-east-1", "OWNED", List.of(FakeImage.available("wsi-shared", DEFAULT_ACCOUNT),
                FakeImage.available("wsi-private", DEFAULT_ACCOUNT)))
                .images(DEFAULT_ACCOUNT, "us-east-1", "SHARED", List.of(FakeImage.available("wsi-theirs", "7")))
                .sharedWith(DEFAULT_ACCOUNT, "us-east-1", "wsi-shared", thirty);

        inventory.refresh();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(row("wsi-shared").sharedWith()).containsExactlyElementsOf(thirty));
        assertThat(row("wsi-private").sharedWith()).isEmpty();
        assertThat(row("wsi-theirs").sharedWith()).isNull();
        assertThat(aws.callCount(FakeAws.DESCRIBE_PERMISSIONS)).isEqualTo(2 + 1);
    }

    @Test
    void shouldAskWhoAnImageIsSharedWithOnlyOnceAnHour() {
        aws.images(DEFAULT_ACCOUNT, "us-east-1", "OWNED", List.of(FakeImage.available("wsi-shared", DEFAULT_ACCOUNT)))
                .sharedWith(DEFAULT_ACCOUNT, "us-east-1", "wsi-shared", List.of("300000000001"));
        inventory.refresh();
        await().atMost(Duration.ofSeconds(10)).until(() -> row("wsi-shared").sharedWith() != null);

        InventorySnapshot second = inventory.refresh();

        assertThat(second.images().get(0).sharedWith()).containsExactly("300000000001");
        assertThat(aws.callCount(FakeAws.DESCRIBE_PERMISSIONS)).isEqualTo(1);
    }

    @Test
    void shouldListTheBundlesThatUseEachImageOverEveryPage() {
        aws.images(DEFAULT_ACCOUNT, "us-east-1", "OWNED", List.of(FakeImage.available("wsi-popular", DEFAULT_ACCOUNT),
                FakeImage.available("wsi-unused", DEFAULT_ACCOUNT)));
        for (int i = 0; i < 27; i++) {
            aws.bundle(DEFAULT_ACCOUNT, "us-east-1", "wsb-%03d".formatted(i), "Bundle " + i, "wsi-popular");
        }
        aws.bundle(DEFAULT_ACCOUNT, "us-east-1", "wsb-other", "Other", "wsi-elsewhere");

        InventorySnapshot snapshot = inventory.refresh();

        assertThat(snapshot.images()).filteredOn(row -> row.imageId().equals("wsi-popular")).singleElement()
                .satisfies(row -> {
                    assertThat(row.bundles()).hasSize(27);
                    assertThat(row.bundles()).first().extracting(BundleRef::bundleId, BundleRef::name)
                            .containsExactly("wsb-000", "Bundle 0");
                });
        assertThat(snapshot.images()).filteredOn(row -> row.imageId().equals("wsi-unused")).singleElement()
                .satisfies(row -> assertThat(row.bundles()).isEmpty());
        assertThat(aws.callCount(FakeAws.DESCRIBE_BUNDLES)).isEqualTo(2);
    }

    private ImageRow row(String imageId) {
        return inventory.store.snapshot().images().stream()
                .filter(row -> row.imageId().equals(imageId)).findFirst().orElseThrow();
    }

    @Test
    void shouldKeepTheImagesWithBundlesUnknownWhenTheBundlesCannotBeListed() {
        aws.images(DEFAULT_ACCOUNT, "us-east-1", "OWNED", List.of(FakeImage.available("wsi-1", DEFAULT_ACCOUNT)))
                .bundle(DEFAULT_ACCOUNT, "us-east-1", "wsb-1", "Standard", "wsi-1")
                .failOnce(FakeAws.DESCRIBE_BUNDLES, 0, FakeError.ACCESS_DENIED);

        InventorySnapshot first = inventory.refresh();

        assertThat(first.sources()).singleElement().satisfies(source -> assertThat(source.failing()).isFalse());
        assertThat(first.images()).singleElement().satisfies(row -> assertThat(row.bundles()).isNull());
        assertThat(inventory.refresh().images()).singleElement()
                .satisfies(row -> assertThat(row.bundles()).extracting(BundleRef::bundleId).containsExactly("wsb-1"));
    }

    @Test
    void shouldKeepEachBundleInFullWithTheWorkSpacesRunningOnItCountedOverSeveralPagesOnceAnHour() {
        Instant updated = Instant.parse("2026-11-20T08:00:00Z");
        aws.images(DEFAULT_ACCOUNT, "us-east-1", "OWNED", List.of(FakeImage.available("wsi-1", DEFAULT_ACCOUNT)))
                .bundle(DEFAULT_ACCOUNT, "us-east-1", "wsb-busy", "Busy", "wsi-1", "AVAILABLE", "PERFORMANCE", updated)
                .bundle(DEFAULT_ACCOUNT, "us-east-1", "wsb-broken", "Broken", "wsi-1", "ERROR", "STANDARD", updated);
        IntStream.range(0, 40).forEach(i -> aws.workspace(DEFAULT_ACCOUNT, "us-east-1", "ws-%08d".formatted(i), "wsb-busy"));

        inventory.refresh();
        InventorySnapshot second = inventory.refresh();

        assertThat(second.images()).singleElement().satisfies(row -> assertThat(row.bundles()).containsExactlyInAnyOrder(
                new BundleRef("wsb-busy", "Busy", "AVAILABLE", "PERFORMANCE", updated, 40),
                new BundleRef("wsb-broken", "Broken", "ERROR", "STANDARD", updated, 0)));
        assertThat(aws.calls()).filteredOn(call -> call.operation().equals(FakeAws.DESCRIBE_WORKSPACES))
                .hasSize(2).allSatisfy(call -> assertThat(call.input().get("Limit")).isEqualTo(25));
    }

    @Test
    void shouldLeaveTheWorkSpacesUncountedWhenTheyCannotBeListed() {
        aws.images(DEFAULT_ACCOUNT, "us-east-1", "OWNED", List.of(FakeImage.available("wsi-1", DEFAULT_ACCOUNT)))
                .bundle(DEFAULT_ACCOUNT, "us-east-1", "wsb-1", "Standard", "wsi-1")
                .failOnce(FakeAws.DESCRIBE_WORKSPACES, 0, FakeError.ACCESS_DENIED);

        InventorySnapshot snapshot = inventory.refresh();

        assertThat(snapshot.images()).singleElement().satisfies(row -> assertThat(row.bundles()).singleElement()
                .satisfies(bundle -> {
                    assertThat(bundle.bundleId()).isEqualTo("wsb-1");
                    assertThat(bundle.workspaces()).isNull();
                }));
    }

}
