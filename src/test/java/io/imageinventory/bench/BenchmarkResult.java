package io.imageinventory.bench;

import java.util.List;
import java.util.Locale;

/**
 * One measured figure against its goal.
 *
 * @param goal what is measured
 * @param measured the measured value
 * @param bound the goal's bound
 * @param unit the unit of both
 * @param atMost whether the measured value must stay at or below the bound (else at or above)
 * @param note how it was measured
 */
record BenchmarkResult(String goal, double measured, double bound, String unit, boolean atMost, String note) {

    boolean met() {
        return atMost ? measured <= bound : measured >= bound;
    }

    double ratio() {
        return measured / bound;
    }

    static String table(List<BenchmarkResult> results) {
        StringBuilder table = new StringBuilder("| goal | measured | bound | ratio | met | how |\n|---|---|---|---|---|---|\n");
        for (BenchmarkResult result : results) {
            table.append(String.format(Locale.ROOT, "| %s | %.2f %s | %s %.2f %s | %.2f | %s | %s |%n", result.goal(),
                    result.measured(), result.unit(), result.atMost() ? "≤" : "≥", result.bound(), result.unit(),
                    result.ratio(), result.met() ? "yes" : "**no**", result.note()));
        }
        return table.toString();
    }

}
