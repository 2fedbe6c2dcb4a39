package io.imageinventory.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With a management port, Prometheus scrapes there without signing in (the network protects that
 * port), everything else there is refused, and the main port no longer serves the metrics.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "management.server.port=0",
        "management.prometheus.metrics.export.enabled=true", "inventory.refresh-interval=1h" })
class ManagementPortTests {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    private int serverPort;

    @LocalManagementPort
    private int managementPort;

    @Test
    void shouldServeTheMetricsOnTheManagementPortOnly() throws Exception {
        HttpResponse<String> scrape = get(managementPort, "/actuator/prometheus");
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body()).contains("jvm_memory_used_bytes");
        assertThat(get(managementPort, "/actuator/health").body()).as("no sign-in, the status only")
                .matches("\\{\"status\":\"(UP|DOWN)\"\\}");

        assertThat(get(managementPort, "/actuator/info").statusCode()).isEqualTo(403);
        assertThat(get(managementPort, "/images").statusCode()).isEqualTo(403);
        HttpResponse<String> mainPort = get(serverPort, "/actuator/prometheus");
        assertThat(mainPort.statusCode()).isNotEqualTo(200);
        assertThat(mainPort.body()).doesNotContain("jvm_memory_used_bytes");
    }

    private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

}
