package io.imageinventory.status;

import io.imageinventory.dev.WebTestConfiguration;
import io.imageinventory.inventory.InventoryFixtures;
import io.imageinventory.inventory.InventoryStore;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static io.imageinventory.dev.SampleInventory.admin;
import static io.imageinventory.dev.SampleInventory.viewer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /api/status}: how each source last went, errors whole for admins only.
 */
@WebMvcTest(StatusController.class)
@Import(WebTestConfiguration.class)
class StatusControllerTests {

    @Autowired
    private MockMvcTester mvc;

    @Autowired
    private InventoryStore store;

    @Test
    void shouldTellViewersWhatFailedAndAdminsTheWholeError() {
        InventoryFixtures.fill(store, InventoryFixtures.failing("222233334444", "us-east-1", null,
                "AccessDeniedException: User: arn:aws:sts::111122223333:assumed-role/Reader/x is not authorized "
                        + "(request id 1234)"));
        InventoryFixtures.sourcesNotListed(store, "The organisation's accounts could not be listed, its 0 accounts listed "
                + "before are read instead: AccessDenied: User: arn:aws:iam::111122223333:user/demo is not authorized");

        assertThat(mvc.get().uri("/api/status").with(viewer())).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.sources[0].lastError", error -> error.assertThat().isEqualTo("AccessDeniedException"))
                .hasPathSatisfying("$.sourcesError", error -> error.assertThat().asString().doesNotContain("arn:"));
        assertThat(mvc.get().uri("/api/status").with(admin())).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.sources[0].lastError", error -> error.assertThat().asString()
                        .contains("arn:aws:sts::111122223333:assumed-role/Reader/x", "request id 1234"))
                .hasPathSatisfying("$.sourcesError", error -> error.assertThat().asString().contains("arn:aws:iam::"));
    }

}
