package io.imageinventory.system;

import io.imageinventory.dev.WebTestConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static io.imageinventory.dev.SampleInventory.viewer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The site's front door and icon.
 */
@WebMvcTest(SiteController.class)
@Import(WebTestConfiguration.class)
class SiteControllerTests {

    @Autowired
    private MockMvcTester mvc;

    @Test
    void shouldSendTheFrontDoorToTheImages() {
        assertThat(mvc.get().uri("/").with(viewer())).hasStatus3xxRedirection().hasRedirectedUrl("/images");
    }

    @Test
    void shouldSendFaviconIcoToTheSiteIcon() {
        assertThat(mvc.get().uri("/favicon.ico").with(viewer())).hasStatus3xxRedirection()
                .hasRedirectedUrl("/assets/favicon.svg");
    }

}
