package io.imageinventory.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
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

    private static final Duration GIVE_UP = Duration.ofSeconds(60);

    private StartupBenchmark() {
    }

    static BenchmarkResult run() {
        Path jar = Path.of(System.getProperty("benchmark.jar", "target/image-inventory.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No application jar at " + jar + ": run ./mvnw -Pbenchmark verify");
        }
        try (FakeAws aws = DemoData.seed(FakeAws.start(0)); LocalIdentityProvider provider = LocalIdentityProvider.start(0)) {
            Path extracted = extract(jar);
            Path archive = extracted.resolve("application.jsa");
            launch(extracted, aws, provider, "-XX:ArchiveClassesAtExit=" + archive, "-Dspring.context.exit=onRefresh");
            long[] plain = launches(jar, aws, provider);
            long[] shared = launches(extracted.resolve(jar.getFileName()), aws, provider,
                    "-XX:SharedArchiveFile=" + archive);
            return new BenchmarkResult("Start-up: launch to first answer on /actuator/health (as the Docker image runs it)",
                    shared[2], 5000, "ms", true, "median of 5 launches " + Arrays.toString(shared)
                            + " ms of the extracted jar with its class data sharing archive, JVM included, "
                            + Runtime.getRuntime().availableProcessors() + " cores; plain java -jar: "
                            + Arrays.toString(plain) + " ms");
        }
    }

    private static long[] launches(Path jar, FakeAws aws, LocalIdentityProvider provider, String... jvmOptions) {
        long[] millis = new long[5];
        for (int i = 0; i < millis.length; i++) {
            millis[i] = launch(jar, aws, provider, jvmOptions).toMillis();
        }
        Arrays.sort(millis);
        return millis;
    }

    /** Spring Boot's extracted layout, which class data sharing needs; the Dockerfile uses it too. */
    private static Path extract(Path jar) {
        try {
            Path destination = Files.createTempDirectory("bench-startup");
            Process extract = new ProcessBuilder(java(), "-Djarmode=tools", "-jar", jar.toString(), "extract",
                    "--force", "--destination", destination.toString()).inheritIO().start();
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

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Launches the jar (or, for a directory, the jar extracted into it) and waits for its first answer. */
    private static Duration launch(Path jarOrDirectory, FakeAws aws, LocalIdentityProvider provider, String... jvmOptions) {
        Path jar = Files.isDirectory(jarOrDirectory) ? jarOrDirectory.resolve("image-inventory.jar") : jarOrDirectory;
        boolean training = Arrays.asList(jvmOptions).contains("-Dspring.context.exit=onRefresh");
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-Daws.accessKeyId=demo", "-Daws.secretAccessKey=demo", "-jar", jar.toString(),
                "--server.port=" + port, "--inventory.endpoint-override=" + aws.endpoint(),
                "--inventory.regions=" + String.join(",", DemoData.REGIONS)));
        provider.applicationProperties().forEach((name, value) -> command.add("--" + name + "=" + value));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(2)).build();
        long started = System.nanoTime();
        Process app = null;
        try {
            app = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (training) {
                app.waitFor();
                return Duration.ofNanos(System.nanoTime() - started);
            }
            while (Duration.ofNanos(System.nanoTime() - started).compareTo(GIVE_UP) < 0 && app.isAlive()) {
                try {
                    if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() > 0) {
                        return Duration.ofNanos(System.nanoTime() - started);
                    }
                }
                catch (IOException notYetListening) {
                    // Polled again at once: the connect time-out paces the loop.
                }
            }
            throw new IllegalStateException("The application did not answer within " + GIVE_UP);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
        finally {
            if (app != null) {
                app.destroy();
                app.onExit().join();
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

}
