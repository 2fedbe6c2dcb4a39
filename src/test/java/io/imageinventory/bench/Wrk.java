package io.imageinventory.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drives wrk (Debian's package) against a URL on loopback and reads its latency distribution and
 * throughput. Bounded in time: each run lasts the given seconds.
 */
final class Wrk {

    private static final Pattern P99 = Pattern.compile("\\s99%\\s+([\\d.]+)(us|ms|s)");

    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([\\d.]+)");

    private Wrk() {
    }

    record Result(double p99Millis, double requestsPerSecond, String output) {
    }

    static Result run(String url, String cookie, int connections, int seconds) {
        List<String> command = new ArrayList<>(List.of("wrk", "-t2", "-c" + connections, "-d" + seconds + "s",
                "--latency", "--timeout", "5s", "-H", "Cookie: " + cookie, url));
        try {
            Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (wrk.waitFor() != 0) {
                throw new IllegalStateException("wrk failed: " + output);
            }
            return new Result(p99(output), number(RATE, output), output);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot run wrk: install it with apt-get install wrk", ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    private static double p99(String output) {
        Matcher matcher = P99.matcher(output);
        if (!matcher.find()) {
            throw new IllegalStateException("No 99th percentile in wrk's output: " + output);
        }
        double value = Double.parseDouble(matcher.group(1));
        return switch (matcher.group(2)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
    }

    private static double number(Pattern pattern, String output) {
        Matcher matcher = pattern.matcher(output);
        if (!matcher.find()) {
            throw new IllegalStateException("Nothing for " + pattern + " in wrk's output: " + output);
        }
        return Double.parseDouble(matcher.group(1));
    }

}
