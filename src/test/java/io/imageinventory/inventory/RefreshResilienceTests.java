package io.imageinventory.inventory;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import io.imageinventory.inventory.InventoryFixtures.HeldExecutor;
import io.imageinventory.inventory.SourceCatalog.SourceList;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static io.imageinventory.inventory.InventoryFixtures.image;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refresh always completes: a listener that throws, a source that hangs or work left over from a
 * refresh never stops the next one.
 */
class RefreshResilienceTests {

    private final InventoryStore store = InventoryFixtures.store();

    private final ExecutorService pool = Executors.newFixedThreadPool(4);

    private final CountDownLatch hung = new CountDownLatch(1);

    @AfterEach
    void stop() {
        hung.countDown();
        pool.shutdownNow();
    }

    @Test
    void shouldCompleteEveryScheduledRefreshWhenAListenerThrows() {
        AtomicInteger refreshes = new AtomicInteger();
        RefreshListener throwing = new RefreshListener() {
            @Override
            public void sourceRefreshed(@Nullable SourceState previous, SourceState state, Duration took) {
                throw new IllegalStateException("a broken observer");
            }

            @Override
            public void refreshed(InventorySnapshot snapshot, RefreshOutcome outcome, Duration took) {
                throw new IllegalStateException("a broken observer");
            }
        };
        RefreshListener counting = new RefreshListener() {
            @Override
            public void refreshed(InventorySnapshot snapshot, RefreshOutcome outcome, Duration took) {
                refreshes.incrementAndGet();
            }
        };
        InventoryRefresher refresher = refresher(List.of(source("111122223333", () -> List.of(image("wsi-1").build()))),
                Duration.ofMinutes(1), List.of(throwing, counting));
        ScheduledRefresh scheduled = new ScheduledRefresh(refresher, properties(Duration.ofMinutes(1)));

        for (int run = 0; run < 3; run++) {
            scheduled.refresh();
        }

        assertThat(refreshes).hasValue(3);
        assertThat(refresher.refreshing()).isFalse();
        assertThat(store.snapshot().images()).extracting(ImageRow::imageId).containsExactly("wsi-1");
    }

    @Test
    void shouldFailASourceThatOverrunsItsDeadlineAndCompleteTheRefresh() throws Exception {
        ImageSource good = source("111122223333", () -> List.of(image("wsi-good").build()));
        ImageSource hanging = source("222233334444", () -> {
            awaitQuietly(hung);
            return List.of(image("wsi-late").build());
        });
        InventoryRefresher refresher = refresher(List.of(good, hanging), Duration.ofMillis(200), List.of());

        InventorySnapshot snapshot = refresher.refresh().get(10, TimeUnit.SECONDS);

        assertThat(snapshot.images()).extracting(ImageRow::imageId).containsExactly("wsi-good");
        assertThat(snapshot.sources()).filteredOn(SourceState::failing).singleElement().satisfies(source -> {
            assertThat(source.key().accountId()).isEqualTo("222233334444");
            assertThat(source.lastError()).startsWith("DeadlineExceeded: ");
        });
        assertThat(refresher.refreshing()).isFalse();
    }

    @Test
    void shouldFillInSharingInItsOwnPoolOnceASourceAtATime() throws Exception {
        HeldExecutor sharingPool = new HeldExecutor();
        AtomicInteger sharingAsked = new AtomicInteger();
        ImageSource source = new TestSource(new SourceKey("111122223333", "us-east-1"),
                () -> List.of(image("wsi-1").build())) {
            @Override
            public boolean sharingOutdated(List<ImageRow> rows) {
                return true;
            }

            @Override
            public List<ImageRow> withSharing(List<ImageRow> rows) {
                sharingAsked.incrementAndGet();
                return rows.stream().map(row -> row.withSharedWith(List.of("999988887777"))).toList();
            }
        };
        InventoryRefresher refresher = new InventoryRefresher(() -> new SourceList(List.of(source), null), store, pool,
                sharingPool, Duration.ofMinutes(1), Clock.systemUTC(), List.of());

        refresher.refresh().get(10, TimeUnit.SECONDS);
        refresher.refresh().get(10, TimeUnit.SECONDS);
        assertThat(sharingAsked).hasValue(0);
        sharingPool.runAll();

        assertThat(sharingAsked).hasValue(1);
        assertThat(store.snapshot().images()).singleElement()
                .satisfies(row -> assertThat(row.sharedWith()).containsExactly("999988887777"));
    }

    @Test
    void shouldPublishOneSnapshotWhenEverySourceIsDone() throws Exception {
        List<InventorySnapshot> published = new CopyOnWriteArrayList<>();
        InventoryStore counted = new InventoryStore(event -> published.add((InventorySnapshot) event));
        ImageSource failing = source("333344445555", () -> {
            throw new IllegalStateException("AccessDenied");
        });
        InventoryRefresher refresher = new InventoryRefresher(() -> new SourceList(List.of(
                source("111122223333", () -> List.of(image("wsi-1").build())),
                source("222233334444", () -> List.of(image("wsi-2").build())), failing), null),
                counted, pool, pool, Duration.ofMinutes(1), Clock.systemUTC(), List.of());

        InventorySnapshot snapshot = refresher.refresh().get(10, TimeUnit.SECONDS);

        assertThat(published).containsExactly(snapshot);
        assertThat(snapshot.sources()).hasSize(3);
        assertThat(snapshot.images()).extracting(ImageRow::imageId).containsExactlyInAnyOrder("wsi-1", "wsi-2");
    }

    @Test
    void shouldReportSourcesThatCannotBeListedAsAFailedRefresh() throws Exception {
        AtomicInteger failures = new AtomicInteger();
        RefreshListener outcomes = new RefreshListener() {
            @Override
            public void refreshed(InventorySnapshot snapshot, RefreshOutcome outcome, Duration took) {
                if (outcome == RefreshOutcome.FAILURE) {
                    failures.incrementAndGet();
                }
            }
        };
        InventoryRefresher refresher = new InventoryRefresher(() -> {
            throw new IllegalStateException("No AWS region is configured: set inventory.regions, or AWS_REGION");
        }, store, pool, pool, Duration.ofMinutes(1), Clock.systemUTC(), List.of(outcomes));

        InventorySnapshot snapshot = refresher.refresh().get(10, TimeUnit.SECONDS);

        assertThat(snapshot.sourcesError()).isEqualTo("The sources could not be set up: IllegalStateException: "
                + "No AWS region is configured: set inventory.regions, or AWS_REGION");
        assertThat(ErrorText.summary(snapshot.sourcesError())).isEqualTo("The sources could not be set up");
        assertThat(failures).hasValue(1);
    }

    private InventoryRefresher refresher(List<ImageSource> sources, Duration deadline, List<RefreshListener> listeners) {
        return new InventoryRefresher(() -> new SourceList(sources, null), store, pool, pool, deadline,
                Clock.systemUTC(), listeners);
    }

    private static InventoryProperties properties(Duration interval) {
        return new InventoryProperties(List.of("us-east-1"), List.of(), true,
                new InventoryProperties.Organization(null, "ImageInventoryReader"), 4, null, interval);
    }

    private static ImageSource source(String accountId, Supplier<List<ImageRow>> images) {
        return new TestSource(new SourceKey(accountId, "us-east-1"), images);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    private static class TestSource implements ImageSource {

        private final SourceKey key;

        private final Supplier<List<ImageRow>> images;

        TestSource(SourceKey key, Supplier<List<ImageRow>> images) {
            this.key = key;
            this.images = images;
        }

        @Override
        public SourceKey key() {
            return key;
        }

        @Override
        public String accountName() {
            return key.accountId();
        }

        @Override
        public List<ImageRow> fetchImages() {
            return images.get();
        }

    }

}
