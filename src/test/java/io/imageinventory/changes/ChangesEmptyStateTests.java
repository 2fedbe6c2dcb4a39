package io.imageinventory.changes;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.imageinventory.changes.ChangeLog;
import io.imageinventory.dev.WebTestConfiguration;
import io.imageinventory.inventory.SourceKey;
import io.imageinventory.inventory.SourceState;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static io.imageinventory.dev.SampleInventory.PRODUCTION;
import static io.imageinventory.dev.SampleInventory.viewer;
import static io.imageinventory.inventory.InventoryFixtures.image;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The change timeline before anything changed: it says why it is empty rather than showing nothing.
 * A fresh context, so that the change log holds only what these tests give it.
 */
@WebMvcTest({ ChangesController.class, ChangesApiController.class })
@Import(WebTestConfiguration.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
class ChangesEmptyStateTests {

    @Autowired
    private MockMvcTester mvc;

    @Autowired
    private ChangeLog changeLog;

    @Test
    void shouldSayThatFirstLoadsAndFailedRefreshesRecordNothing() {
        SourceKey key = new SourceKey(PRODUCTION, "us-east-1");
        Instant ten = Instant.parse("2026-03-01T10:00:00Z");
        SourceState first = new SourceState(key, "Production", List.of(image("wsi-golden").build()), ten, ten, null);
        changeLog.sourceRefreshed(null, first, Duration.ofSeconds(1));
        changeLog.sourceRefreshed(first, new SourceState(key, "Production", List.of(), ten.plusSeconds(900), ten,
                "AccessDeniedException: User is not authorized"), Duration.ofSeconds(1));

        assertThat(mvc.get().uri("/changes").with(viewer())).hasStatusOk().bodyText()
                .contains("No change has been recorded yet.")
                .contains("first load and a refresh that fails record nothing")
                .doesNotContain("change-row").doesNotContain("No change matches these");
        assertThat(mvc.get().uri("/api/changes").with(viewer())).hasStatusOk().bodyJson()
                .isStrictlyEqualTo("{\"changes\": []}");
    }

}
