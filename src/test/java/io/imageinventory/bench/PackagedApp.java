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
import java.util.List;

import io.imageinventory.dev.FakeAws;
import io.imageinventory.dev.LocalIdentityProvider;

import static org.awaitility.Awaitility.await;

/**
 * The packaged application in a JVM of its own, as the Docker image runs it, pointed at the fake AWS
 * endpoint and the local identity provider of the benchmark's JVM.
 */
final class PackagedApp implements AutoCloseable {

    private static final Duration GIVE_UP = Duration.ofSeconds(60);

    private static final Duration POLL = Duration.ofMillis(20);

    private final Process process;

    private final int port;

    private final Duration startUp;

    private PackagedApp(Process process, int port, Duration startUp) {
        this.process = process;
        this.port = port;
        this.startUp = startUp;
    }

    static Path jar() {
        Path jar = Path.of(System.getProperty("benchmark.jar", "target/image-inventory.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No application jar at " + jar + ": run ./mvnw -Pbenchmark verify");
        }
        return jar;
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Launches the jar and waits for its first answer on {@code /actuator/health}. */
    static PackagedApp start(Path jar, FakeAws aws, LocalIdentityProvider provider, List<String> jvmOptions,
            List<String> arguments) {
        int port = freePort();
        List<String> command = command(port, jar, aws, provider, jvmOptions, arguments);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(2)).build();
        long started = System.nanoTime();
        Process process = launch(command);
        try {
            // A refused connection returns at once: polled without a pause, the wait would take a whole
            // core from the start-up it measures. The poll interval bounds the error.
            await().atMost(GIVE_UP).pollDelay(Duration.ZERO).pollInterval(POLL)
                    .until(() -> !process.isAlive() || answers(http, health));
            if (!process.isAlive()) {
                throw new IllegalStateException("The application stopped before it answered: " + command);
            }
            return new PackagedApp(process, port, Duration.ofNanos(System.nanoTime() - started));
        }
        catch (RuntimeException ex) {
            stop(process);
            throw ex;
        }
    }

    private static boolean answers(HttpClient http, HttpRequest health) throws InterruptedException {
        try {
            return http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() > 0;
        }
        catch (IOException notYetListening) {
            return false;
        }
    }

    /** Runs the jar to its end, e.g. a training run that writes a class data sharing archive. */
    static void runToEnd(Path jar, FakeAws aws, LocalIdentityProvider provider, List<String> jvmOptions,
            List<String> arguments) {
        List<String> command = command(freePort(), jar, aws, provider, jvmOptions, arguments);
        try {
            if (launch(command).waitFor() != 0) {
                throw new IllegalStateException("Failed: " + command);
            }
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    String base() {
        return "http://localhost:" + port;
    }

    Duration startUp() {
        return startUp;
    }

    @Override
    public void close() {
        stop(process);
    }

    private static List<String> command(int port, Path jar, FakeAws aws, LocalIdentityProvider provider,
            List<String> jvmOptions, List<String> arguments) {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-Daws.accessKeyId=demo", "-Daws.secretAccessKey=demo", "-jar", jar.toString(),
                "--server.port=" + port, "--inventory.endpoint-override=" + aws.endpoint()));
        provider.applicationProperties().forEach((name, value) -> command.add("--" + name + "=" + value));
        command.addAll(arguments);
        return command;
    }

    private static Process launch(List<String> command) {
        try {
            return new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static void stop(Process process) {
        process.destroy();
        process.onExit().join();
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
