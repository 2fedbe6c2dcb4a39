package io.imageinventory.bench;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures every performance goal in one run and prints a table of measured value, bound and ratio.
 * Not part of {@code ./mvnw verify} (its name matches no test pattern): run it with
 * {@code ./mvnw -Pbenchmark verify} (one part: {@code -Dbenchmark.only=refresh}, {@code memory}, {@code pages},
 * {@code startup} or {@code visits}); results and the machine are in docs/performance.md.
 */
class PerformanceBenchmark {

    @Test
    void shouldMeetEveryPerformanceGoal() {
        String only = System.getProperty("benchmark.only", "");
        List<BenchmarkResult> results = new ArrayList<>();
        if (only.isEmpty() || only.equals("refresh")) {
            results.addAll(RefreshBenchmark.run());
        }
        if (only.isEmpty() || only.equals("memory")) {
            results.add(MemoryBenchmark.run());
        }
        if (only.isEmpty() || only.equals("pages")) {
            results.addAll(PagesBenchmark.run());
        }
        if (only.isEmpty() || only.equals("startup")) {
            results.add(StartupBenchmark.run());
        }
        if (only.isEmpty() || only.equals("visits")) {
            results.addAll(VisitBenchmark.run());
        }
        System.out.println();
        System.out.println(BenchmarkResult.table(results));
        assertThat(results).allSatisfy(result -> assertThat(result.met()).as(result.goal()).isTrue());
    }

}
