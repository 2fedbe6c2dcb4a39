package io.imageinventory.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.List;

import io.imageinventory.dev.FakeAws;
import io.imageinventory.inventory.TestInventory;

import static org.awaitility.Awaitility.await;

/**
 * The heap that a snapshot of 40,000 images costs: the heap after a full GC with the snapshot held,
 * minus the heap after a full GC once it and the sharing cache are let go, divided by the images. Clients
 * and caches that do not grow with the images count against them too, so this overstates a little.
 */
final class MemoryBenchmark {

    private static final int IMAGES = 40_000;

    private static final List<String> REGIONS = List.of("us-east-1", "us-west-2", "eu-west-1", "eu-central-1");

    private MemoryBenchmark() {
    }

    static BenchmarkResult run() {
        try (FakeAws aws = FakeAws.start(0)) {
            for (String region : REGIONS) {
                // Mostly shared images: each owned one costs a sharing call, which is not what is measured here.
                aws.images(FakeAws.DEFAULT_ACCOUNT, region, "OWNED", RefreshBenchmark.images(region, 250, FakeAws.DEFAULT_ACCOUNT));
                aws.images(FakeAws.DEFAULT_ACCOUNT, region, "SHARED",
                        RefreshBenchmark.images(region + "s", IMAGES / REGIONS.size() - 250, "999988887777"));
            }
            TestInventory inventory = new TestInventory(aws.endpoint(), REGIONS);
            inventory.refresh();
            await().atMost(Duration.ofMinutes(5)).until(() -> inventory.store.snapshot().images().stream()
                    .allMatch(row -> !row.owned() || row.sharedWith() != null));
            int count = inventory.store.snapshot().images().size();
            long withSnapshot = usedAfterGc();
            inventory.forget();
            long withoutSnapshot = usedAfterGc();
            inventory.close();
            double perImage = (withSnapshot - withoutSnapshot) / (double) count;
            return new BenchmarkResult("Heap per image in the snapshot (" + count + " images)", perImage, 2048, "bytes",
                    true, "used heap after full GC, snapshot held minus let go");
        }
    }

    private static long usedAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

}
