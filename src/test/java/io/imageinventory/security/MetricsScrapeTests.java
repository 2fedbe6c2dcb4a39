package io.imageinventory.security;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

/**
 * Prometheus scrapes with a bearer token whose groups name it a scraper: that token reads the metrics
 * and nothing else, and a viewer's token does not read them. Roles come from the application's own
 * group mapping.
 */
@SpringBootTest(properties = { "inventory.security.metrics-groups=prometheus-scrapers",
        "management.prometheus.metrics.export.enabled=true", "inventory.refresh-interval=1h" })
@AutoConfigureMockMvc
class MetricsScrapeTests {

    private static final String VIEWERS = "image-inventory-viewers";

    @Autowired
    private MockMvcTester mvc;

    @Autowired
    private GroupRoles roles;

    @Test
    void shouldLetAMetricsTokenReadTheMetricsAndNothingElse() {
        RequestPostProcessor scraper = token("prometheus-scrapers");

        assertThat(mvc.get().uri("/actuator/prometheus").with(scraper)).hasStatusOk().bodyText()
                .contains("jvm_memory_used_bytes");
        assertThat(mvc.get().uri("/api/images").with(scraper)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/api/status").with(scraper)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/api/refresh").with(scraper)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/actuator/env").with(scraper)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/actuator/metrics").with(scraper)).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void shouldRefuseTheMetricsToAViewersToken() {
        assertThat(mvc.get().uri("/actuator/prometheus").with(token(VIEWERS)))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/actuator/prometheus")).hasStatus(HttpStatus.UNAUTHORIZED);
    }

    private RequestPostProcessor token(String group) {
        return jwt().jwt(token -> token.claim("groups", List.of(group)))
                .authorities(token -> roles.rolesFor(token.getClaims()));
    }

}
