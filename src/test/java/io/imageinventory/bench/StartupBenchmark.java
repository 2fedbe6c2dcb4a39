package io.imageinventory.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import io.imageinventory.dev.DemoData;
import io.imageinventory.dev.FakeAws;
import io.imageinventory.dev.LocalIdentityProvider;

/**
 * How long the packaged application takes from {@code java -jar} to its first answer on
 * {@code /actuator/health}, JVM start included: the median of five launches.
 */
final class StartupBenchmark {

    private StartupBenchmark() {
    }

    static BenchmarkResult run() {
        Path jar = PackagedApp.jar();
        try (FakeAws aws = DemoData.seed(FakeAws.start(0)); LocalIdentityProvider provider = LocalIdentityProvider.start(0)) {
            Path extracted = extract(jar).resolve(jar.getFileName());
            Path archive = extracted.resolveSibling("application.jsa");
            PackagedApp.runToEnd(extracted, aws, provider,
                    List.of("-XX:ArchiveClassesAtExit=" + archive, "-Dspring.context.exit=onRefresh"), arguments());
            long[] plain = launches(jar, aws, provider, List.of());
            long[] shared = launches(extracted, aws, provider, List.of("-XX:SharedArchiveFile=" + archive));
            return new BenchmarkResult("Start-up: launch to first answer on /actuator/health (as the Docker image runs it)",
                    shared[2], 5000, "ms", true, "median of 5 launches " + Arrays.toString(shared)
                            + " ms of the extracted jar with its class data sharing archive, JVM included, "
                            + Runtime.getRuntime().availableProcessors() + " cores; plain java -jar: "
                            + Arrays.toString(plain) + " ms");
        }
    }

    private static List<String> arguments() {
        return List.of("--inventory.regions=" + String.join(",", DemoData.REGIONS));
    }

    private static long[] launches(Path jar, FakeAws aws, LocalIdentityProvider provider, List<String> jvmOptions) {
        long[] millis = new long[5];
        for (int i = 0; i < millis.length; i++) {
            try (PackagedApp app = PackagedApp.start(jar, aws, provider, jvmOptions, arguments())) {
                millis[i] = app.startUp().toMillis();
            }
        }
        Arrays.sort(millis);
        return millis;
    }

    /** Spring Boot's extracted layout, which class data sharing needs; the Dockerfile uses it too. */
    private static Path extract(Path jar) {
        try {
            Path destination = Files.createTempDirectory("bench-startup");
            Process extract = new ProcessBuilder(PackagedApp.java(), "-Djarmode=tools", "-jar", jar.toString(),
                    "extract", "--force", "--destination", destination.toString()).inheritIO().start();
            if (extract.waitFor() != 0) {
                throw new IllegalStateException("Could not extract " + jar);
            }
            return destination;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

}
