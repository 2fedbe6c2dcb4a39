package io.imageinventory.operations;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Kubernetes probes as the kubelet calls them: anonymous, on the main port, while the actuator has a
 * port of its own as in {@code deploy/kubernetes}. The test settings point at a closed port, so no
 * source can be read here.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "management.server.port=0")
class ProbesTests {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;

    @Autowired
    private ApplicationContext context;

    @Autowired
    private InventoryHealthIndicator inventory;

    @ParameterizedTest
    @ValueSource(strings = { "/livez", "/readyz" })
    void shouldAnswerAnonymousProbesOnTheMainPortWithTheStatusOnly(String path) throws IOException, InterruptedException {
        HttpResponse<String> probe = get(path);

        assertThat(probe.statusCode()).as(probe.body()).isEqualTo(200);
        assertThat(probe.body()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void shouldStayReadyAndAliveWhenNoSourceCanBeRead() throws IOException, InterruptedException {
        await().atMost(Duration.ofSeconds(20)).until(() -> inventory.health().getStatus().equals(Status.DOWN));

        assertThat(get("/readyz").statusCode()).isEqualTo(200);
        assertThat(get("/livez").statusCode()).isEqualTo(200);
    }

    @Test
    void shouldAnswer503WhileRefusingTraffic() throws IOException, InterruptedException {
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        try {
            HttpResponse<String> readiness = get("/readyz");

            assertThat(readiness.statusCode()).isEqualTo(503);
            assertThat(readiness.body()).isEqualTo("{\"status\":\"OUT_OF_SERVICE\"}");
            assertThat(get("/livez").statusCode()).isEqualTo(200);
        }
        finally {
            AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        }
    }

    @Test
    void shouldAnswer503WhenBroken() throws IOException, InterruptedException {
        AvailabilityChangeEvent.publish(context, LivenessState.BROKEN);
        try {
            HttpResponse<String> liveness = get("/livez");

            assertThat(liveness.statusCode()).isEqualTo(503);
            assertThat(liveness.body()).isEqualTo("{\"status\":\"DOWN\"}");
        }
        finally {
            AvailabilityChangeEvent.publish(context, LivenessState.CORRECT);
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

}
