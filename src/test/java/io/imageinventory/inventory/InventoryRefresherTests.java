package io.imageinventory.inventory;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import io.imageinventory.dev.FakeAws;
import io.imageinventory.dev.FakeError;
import io.imageinventory.dev.FakeImage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static io.imageinventory.dev.FakeAws.DEFAULT_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The refresh, through the real SDK client over HTTP against the fake WorkSpaces endpoint.
 */
class InventoryRefresherTests {

    private static final String DESCRIBE_IMAGES = "WorkspacesService.DescribeWorkspaceImages";

    private final FakeAws aws = FakeAws.start(0);

    private final TestInventory inventory = new TestInventory(aws.endpoint(), List.of("us-east-1"));

    @AfterEach
    void stop() {
        inventory.close();
        aws.close();
    }

    @Test
    void shouldFetchEveryPageOfOwnedAndSharedImagesExactlyOnce() {
        aws.images(DEFAULT_ACCOUNT, "us-east-1", "OWNED", images("wsi-own", 137, DEFAULT_ACCOUNT));
        aws.images(DEFAULT_ACCOUNT, "us-east-1", "SHARED", images("wsi-shared", 9, "444455556666"));

        InventorySnapshot snapshot = inventory.refresh();

        assertThat(snapshot.images()).hasSize(146);
        assertThat(snapshot.images()).extracting(ImageRow::imageId).doesNotHaveDuplicates();
        assertThat(snapshot.images()).filteredOn(row -> row.imageType().equals("OWNED")).hasSize(137);
        assertThat(snapshot.images()).filteredOn(row -> row.imageType().equals("SHARED")).hasSize(9)
                .allSatisfy(row -> assertThat(row.ownerAccountId()).isEqualTo("444455556666"));
        assertThat(snapshot.images()).allSatisfy(row -> {
            assertThat(row.accountId()).isEqualTo(DEFAULT_ACCOUNT);
            assertThat(row.region()).isEqualTo("us-east-1");
        });
        List<FakeAws.Call> calls = aws.calls().stream().filter(call -> call.operation().equals(DESCRIBE_IMAGES)).toList();
        assertThat(calls).hasSize(6 + 1).allSatisfy(call -> {
            assertThat(call.status()).isEqualTo(200);
            assertThat(call.input().get("MaxResults")).isEqualTo(25);
        });
        assertThat(calls).extracting(call -> call.input().get("ImageType"))
                .containsExactlyInAnyOrder("OWNED", "OWNED", "OWNED", "OWNED", "OWNED", "OWNED", "SHARED");
    }

    @Test
    void shouldRetryThrottlingMidPaginationWithoutLosingImages() {
        aws.images(DEFAULT_ACCOUNT, "us-east-1", "OWNED", images("wsi-own", 137, DEFAULT_ACCOUNT));
        aws.failOnce(DESCRIBE_IMAGES, input -> "OWNED".equals(input.get("ImageType")), 2, FakeError.THROTTLING);

        InventorySnapshot snapshot = inventory.refresh();

        assertThat(snapshot.images()).hasSize(137).extracting(ImageRow::imageId).doesNotHaveDuplicates();
        assertThat(snapshot.sources()).singleElement().satisfies(source -> assertThat(source.lastError()).isNull());
        assertThat(aws.calls()).filteredOn(call -> call.status() == 400).singleElement()
                .satisfies(call -> assertThat(call.input()).containsKey("NextToken"));
        assertThat(aws.callCount(DESCRIBE_IMAGES)).isEqualTo(6 + 1 + 1);
    }

    @Test
    void shouldRetryServerErrors() {
        aws.images(DEFAULT_ACCOUNT, "us-east-1", "OWNED", images("wsi-own", 3, DEFAULT_ACCOUNT));
        aws.failOnce(DESCRIBE_IMAGES, 0, FakeError.SERVICE_UNAVAILABLE);

        InventorySnapshot snapshot = inventory.refresh();

        assertThat(snapshot.images()).hasSize(3);
        assertThat(snapshot.sources().get(0).lastError()).isNull();
    }

    @Test
    void shouldKeepLastGoodImagesWhenSourceIsDenied() {
        aws.images(DEFAULT_ACCOUNT, "us-east-1", "OWNED", images("wsi-own", 30, DEFAULT_ACCOUNT));
        InventorySnapshot good = inventory.refresh();
        Instant goodTime = good.sources().get(0).lastSuccess();

        aws.deny(DEFAULT_ACCOUNT, "us-east-1", FakeError.ACCESS_DENIED);
        InventorySnapshot denied = inventory.refresh();

        assertThat(denied.images()).hasSize(30);
        SourceState source = denied.sources().get(0);
        assertThat(source.lastError()).startsWith("AccessDeniedException: User is not authorized");
        assertThat(source.lastSuccess()).isEqualTo(goodTime);
        assertThat(source.lastAttempt()).isAfterOrEqualTo(goodTime);

        aws.allow(DEFAULT_ACCOUNT, "us-east-1");
        InventorySnapshot recovered = inventory.refresh();

        assertThat(recovered.sources().get(0).lastError()).isNull();
        assertThat(recovered.sources().get(0).lastSuccess()).isAfterOrEqualTo(goodTime);
    }

    @Test
    void shouldReportDeniedSourceThatNeverSucceededWithNoImages() {
        aws.deny(DEFAULT_ACCOUNT, "us-east-1", FakeError.ACCESS_DENIED);

        InventorySnapshot snapshot = inventory.refresh();

        assertThat(snapshot.images()).isEmpty();
        assertThat(snapshot.sources()).singleElement().satisfies(source -> {
            assertThat(source.lastSuccess()).isNull();
            assertThat(source.lastError()).startsWith("AccessDeniedException");
        });
    }

    @Test
    void shouldTreatEmptyRegionAsHealthyEmptySource() {
        try (TestInventory twoRegions = new TestInventory(aws.endpoint(), List.of("us-east-1", "eu-west-1"))) {
            aws.images(DEFAULT_ACCOUNT, "us-east-1", "OWNED", images("wsi-own", 2, DEFAULT_ACCOUNT));

            InventorySnapshot snapshot = twoRegions.refresh();

            assertThat(snapshot.sources()).hasSize(2).allSatisfy(source -> assertThat(source.failing()).isFalse());
            assertThat(snapshot.sources()).filteredOn(source -> source.key().region().equals("eu-west-1"))
                    .singleElement().satisfies(source -> {
                        assertThat(source.images()).isEmpty();
                        assertThat(source.lastSuccess()).isNotNull();
                    });
            assertThat(snapshot.images()).hasSize(2);
        }
    }

    @Test
    void shouldKeepUnknownEnumValuesAndMissingOptionalFields() {
        aws.images(DEFAULT_ACCOUNT, "us-east-1", "OWNED", List.of(
                FakeImage.available("wsi-future", DEFAULT_ACCOUNT)
                        .state("REPAIRING")
                        .tenancy("SHARED_HOSTS")
                        .os("QUANTUM")
                        .errorDetail("BrandNewErrorCode", "Something new went wrong")
                        .state("REPAIRING"),
                FakeImage.bare("wsi-old")));

        InventorySnapshot snapshot = inventory.refresh();

        ImageRow future = row(snapshot, "wsi-future");
        assertThat(future.state()).isEqualTo("REPAIRING");
        assertThat(future.requiredTenancy()).isEqualTo("SHARED_HOSTS");
        assertThat(future.operatingSystem()).isEqualTo("QUANTUM");
        assertThat(future.errorDetails()).containsExactly(new ImageError("BrandNewErrorCode", "Something new went wrong"));
        ImageRow old = row(snapshot, "wsi-old");
        assertThat(old).extracting(ImageRow::name, ImageRow::description, ImageRow::operatingSystem, ImageRow::state,
                ImageRow::requiredTenancy, ImageRow::created, ImageRow::ownerAccountId, ImageRow::errorCode,
                ImageRow::errorMessage, ImageRow::updateAvailable, ImageRow::updateDescription)
                .containsOnlyNulls();
        assertThat(old.errorDetails()).isEmpty();
    }

    @Test
    void shouldMapEveryFieldOfTheApi() {
        Instant created = Instant.parse("2026-03-04T05:06:07.250Z");
        aws.images(DEFAULT_ACCOUNT, "us-east-1", "OWNED", List.of(FakeImage.available("wsi-full", DEFAULT_ACCOUNT)
                .name("Win11 golden").os("LINUX").tenancy("DEDICATED").created(created)
                .error("InvalidImage", "Legacy failure")
                .errorDetail("OutdatedPowershellVersion", "Update PowerShell")
                .errorDetail("AppXPackagesInstalled", "Remove AppX packages")
                .updateAvailable("Agent 2.0 is available")));

        ImageRow row = row(inventory.refresh(), "wsi-full");

        assertThat(row.name()).isEqualTo("Win11 golden");
        assertThat(row.description()).isEqualTo("Image wsi-full");
        assertThat(row.operatingSystem()).isEqualTo("LINUX");
        assertThat(row.state()).isEqualTo("ERROR");
        assertThat(row.requiredTenancy()).isEqualTo("DEDICATED");
        assertThat(row.created()).isEqualTo(created);
        assertThat(row.ownerAccountId()).isEqualTo(DEFAULT_ACCOUNT);
        assertThat(row.imageType()).isEqualTo("OWNED");
        assertThat(row.errorCode()).isEqualTo("InvalidImage");
        assertThat(row.errorMessage()).isEqualTo("Legacy failure");
        assertThat(row.errorDetails()).extracting(ImageError::errorCode)
                .containsExactly("OutdatedPowershellVersion", "AppXPackagesInstalled");
        assertThat(row.updateAvailable()).isTrue();
        assertThat(row.updateDescription()).isEqualTo("Agent 2.0 is available");
    }

    @Test
    void shouldMakeOneRefreshOfConcurrentRequests() {
        aws.images(DEFAULT_ACCOUNT, "us-east-1", "OWNED", images("wsi-own", 5, DEFAULT_ACCOUNT));
        aws.latency(Duration.ofMillis(200));

        List<CompletableFuture<InventorySnapshot>> requests = IntStream.range(0, 8)
                .mapToObj(i -> CompletableFuture.supplyAsync(inventory.refresher::refresh).join())
                .toList();
        assertThat(inventory.refresher.refreshing()).isTrue();
        requests.forEach(CompletableFuture::join);

        assertThat(requests).allSatisfy(request -> assertThat(request).isSameAs(requests.get(0)));
        assertThat(aws.callCount(DESCRIBE_IMAGES)).isEqualTo(2);
        assertThat(aws.callCount("STS.GetCallerIdentity")).isEqualTo(1);
        assertThat(inventory.refresher.refreshing()).isFalse();
    }

    @Test
    void shouldPublishImagesOfAChangedImageOnTheNextRefresh() {
        aws.images(DEFAULT_ACCOUNT, "us-east-1", "OWNED", List.of(FakeImage.available("wsi-1", DEFAULT_ACCOUNT).state("PENDING")));
        InventorySnapshot before = inventory.refresh();

        aws.images(DEFAULT_ACCOUNT, "us-east-1", "OWNED", List.of(FakeImage.available("wsi-1", DEFAULT_ACCOUNT)));
        InventorySnapshot after = inventory.refresh();

        assertThat(row(before, "wsi-1").state()).isEqualTo("PENDING");
        assertThat(row(after, "wsi-1").state()).isEqualTo("AVAILABLE");
    }

    static List<FakeImage> images(String prefix, int count, String owner) {
        return IntStream.range(0, count)
                .mapToObj(i -> FakeImage.available("%s-%03d".formatted(prefix, i), owner)
                        .created(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i)))
                .toList();
    }

    private static ImageRow row(InventorySnapshot snapshot, String imageId) {
        return snapshot.images().stream().filter(row -> row.imageId().equals(imageId)).findFirst().orElseThrow();
    }

}
