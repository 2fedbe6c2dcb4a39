package io.imageinventory.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import io.imageinventory.dev.FakeAws;
import io.imageinventory.dev.FakeImage;
import io.imageinventory.inventory.InventoryProperties.Account;
import io.imageinventory.inventory.TestInventory;

import static org.awaitility.Awaitility.await;

/**
 * One refresh of 3 accounts × 3 regions against the fake endpoint adding 50 ms to every call:
 * its wall time against the longest chain of dependent calls, and its calls against the minimum.
 */
final class RefreshBenchmark {

    private static final Duration LATENCY = Duration.ofMillis(50);

    private static final List<String> REGIONS = List.of("us-east-1", "eu-west-1", "ap-southeast-2");

    /** Owned and shared images per account and region; ap-southeast-2 is empty. */
    private static final Map<String, int[][]> SIZES = Map.of(
            FakeAws.DEFAULT_ACCOUNT, new int[][] { { 260, 30 }, { 120, 5 }, { 0, 0 } },
            "222222222222", new int[][] { { 180, 12 }, { 60, 60 }, { 0, 0 } },
            "333333333333", new int[][] { { 75, 0 }, { 240, 26 }, { 0, 0 } });

    private RefreshBenchmark() {
    }

    static List<BenchmarkResult> run() {
        try (FakeAws aws = FakeAws.start(0)) {
            List<Account> roles = new ArrayList<>();
            SIZES.forEach((account, perRegion) -> {
                for (int r = 0; r < REGIONS.size(); r++) {
                    aws.images(account, REGIONS.get(r), "OWNED", images(account + r + "o", perRegion[r][0], account));
                    aws.images(account, REGIONS.get(r), "SHARED", images(account + r + "s", perRegion[r][1], "9"));
                }
                if (!account.equals(FakeAws.DEFAULT_ACCOUNT)) {
                    String role = "arn:aws:iam::" + account + ":role/ImageInventoryReader";
                    aws.role(role);
                    roles.add(new Account(role, null, null));
                }
            });
            try (TestInventory inventory = new TestInventory(TestInventory.properties(aws.endpoint(), REGIONS, roles,
                    true, null, 8), List.of())) {
                inventory.refresh();
                await().atMost(Duration.ofMinutes(2)).until(() -> inventory.store.snapshot().images().stream()
                        .allMatch(row -> !row.owned() || row.sharedWith() != null));
                aws.latency(LATENCY);
                long[] wallMillis = new long[5];
                for (int i = 0; i < wallMillis.length; i++) {
                    aws.clearCalls();
                    Instant started = Instant.now();
                    inventory.refresh();
                    wallMillis[i] = Duration.between(started, Instant.now()).toMillis();
                }
                long imageCalls = aws.callCount(FakeAws.DESCRIBE_IMAGES);
                Arrays.sort(wallMillis);
                double median = wallMillis[wallMillis.length / 2];
                double lowerBound = longestSourcePages() * LATENCY.toMillis();
                return List.of(
                        new BenchmarkResult("Refresh wall time, 3 accounts × 3 regions, +50 ms a call", median,
                                1.3 * lowerBound, "ms", true, "median of 5; bound 1.3 × " + (long) lowerBound
                                        + " ms = the longest source's " + longestSourcePages()
                                        + " pages × 50 ms (its owned pages run alongside its shared pages and bundles)"),
                        new BenchmarkResult("DescribeWorkspaceImages calls in one refresh", imageCalls, minimumCalls(),
                                "calls", true, "minimum: ceil(n/25) pages per type per source, at least 1"));
            }
        }
    }

    /** The {@code DescribeWorkspaceImages} pages of the source that has the most. */
    private static int longestSourcePages() {
        return SIZES.values().stream()
                .flatMapToInt(perRegion -> Arrays.stream(perRegion).mapToInt(sizes -> pages(sizes[0]) + pages(sizes[1])))
                .max().orElseThrow();
    }

    private static long minimumCalls() {
        return SIZES.values().stream()
                .flatMapToInt(perRegion -> Arrays.stream(perRegion).mapToInt(sizes -> pages(sizes[0]) + pages(sizes[1])))
                .sum();
    }

    private static int pages(int images) {
        return Math.max(1, (images + 24) / 25);
    }

    static List<FakeImage> images(String prefix, int count, String owner) {
        return IntStream.range(0, count)
                .mapToObj(i -> FakeImage.available("wsi-%s%05d".formatted(prefix, i), owner)
                        .name("Win11-Team-%05d".formatted(i))
                        .with("Description", "Desktop image number " + i + " for the benchmark"))
                .toList();
    }

}
