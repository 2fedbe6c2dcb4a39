package io.imageinventory.operations;

import java.util.concurrent.TimeUnit;

import io.imageinventory.inventory.InventoryRefresher;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * No region anywhere, so not one source can be built: the failure shows in the status, the health, the
 * metrics and the page, rather than only in the log behind an empty dashboard that says UP.
 */
@SpringBootTest(properties = { "inventory.regions=", "inventory.refresh-interval=1h" })
@AutoConfigureMockMvc
class SourcesNotListedTests {

    private static String savedRegion;

    @Autowired
    private InventoryRefresher refresher;

    @Autowired
    private InventoryHealthIndicator health;

    @Autowired
    private MeterRegistry registry;

    @Autowired
    private MockMvcTester mvc;

    /** Surefire gives every test a region through this property; the SDK finds none without it. */
    @BeforeAll
    static void noRegion() {
        savedRegion = System.clearProperty("aws.region");
    }

    @AfterAll
    static void restoreRegion() {
        if (savedRegion != null) {
            System.setProperty("aws.region", savedRegion);
        }
    }

    @Test
    void shouldReportTheFailureInStatusHealthMetricsAndPage() throws Exception {
        refresher.refresh().get(30, TimeUnit.SECONDS);

        assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.health().getDetails()).hasEntrySatisfying("sourcesError",
                error -> assertThat(error).asString().contains("No AWS region is configured"));
        assertThat(registry.get("inventory.refresh").tags("scope", "all", "outcome", "failure").timer().count())
                .isPositive();
        assertThat(registry.find("inventory.refresh").tags("scope", "all", "outcome", "success").timer()).isNull();
        assertThat(mvc.get().uri("/api/status").with(user("admin").roles("ADMIN", "VIEWER"))).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.sourcesError", error -> error.assertThat().asString()
                        .contains("No AWS region is configured: set inventory.regions, or AWS_REGION"));
        assertThat(mvc.get().uri("/images").with(user("viewer").roles("VIEWER"))).hasStatusOk().bodyText()
                .contains("could not all be listed", "The sources could not be set up", "Nothing can be shown");
    }

}
