package io.imageinventory.api;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static io.imageinventory.dev.SampleInventory.viewer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code springdoc.api-docs.enabled=false}, as the README says, turns the API description and its UI off
 * and leaves the API itself alone.
 */
@SpringBootTest(properties = "springdoc.api-docs.enabled=false")
@AutoConfigureMockMvc
class ApiDocsDisabledTests {

    @Autowired
    private MockMvcTester mvc;

    @Test
    void shouldServeNeitherTheDescriptionNorTheUiWhenSwitchedOff() {
        for (String path : new String[] { "/v3/api-docs", "/v3/api-docs.yaml", "/swagger-ui.html", "/swagger-ui/index.html" }) {
            assertThat(mvc.get().uri(path).with(viewer())).as(path).hasStatus(HttpStatus.NOT_FOUND);
        }
        assertThat(mvc.get().uri("/api/status").with(viewer())).hasStatusOk();
    }

}
