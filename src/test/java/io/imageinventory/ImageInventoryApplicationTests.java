package io.imageinventory;

import java.time.Duration;
import java.util.List;

import io.imageinventory.dev.FakeAws;
import io.imageinventory.dev.FakeImage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static io.imageinventory.dev.FakeAws.DEFAULT_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;

/**
 * The whole application against the fake endpoint: the scheduled refresh and the JSON API.
 */
@SpringBootTest(properties = { "inventory.regions=us-east-1,eu-west-1", "inventory.refresh-interval=200ms" })
@AutoConfigureMockMvc
class ImageInventoryApplicationTests {

    private static final RequestPostProcessor viewer = oidcLogin()
            .authorities(new SimpleGrantedAuthority("ROLE_VIEWER"));

    private static final FakeAws aws = FakeAws.start(0);

    @Autowired
    private MockMvcTester mvc;

    @DynamicPropertySource
    static void pointAtFake(DynamicPropertyRegistry registry) {
        FakeAws.useDemoCredentials();
        aws.images(DEFAULT_ACCOUNT, "us-east-1", "OWNED", List.of(FakeImage.available("wsi-changing", DEFAULT_ACCOUNT)
                .state("PENDING")));
        registry.add("inventory.endpoint-override", aws::endpoint);
    }

    @AfterAll
    static void stop() {
        aws.close();
    }

    @Test
    void shouldShowAChangedImageAfterTheNextScheduledRefresh() {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(mvc.get().uri("/api/images")
                .with(viewer))
                .bodyJson().extractingPath("$.images[?(@.imageId=='wsi-changing')].state").asArray()
                .containsExactly("PENDING"));

        aws.images(DEFAULT_ACCOUNT, "us-east-1", "OWNED", List.of(FakeImage.available("wsi-changing", DEFAULT_ACCOUNT)));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(mvc.get().uri("/api/images")
                .with(viewer))
                .bodyJson().extractingPath("$.images[?(@.imageId=='wsi-changing')].state").asArray()
                .containsExactly("AVAILABLE"));
    }

    @Test
    void shouldDescribeEachSourceInTheStatus() {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(mvc.get().uri("/api/status")
                .with(viewer))
                .bodyJson().extractingPath("$.sources[*].region").asArray()
                .containsExactly("eu-west-1", "us-east-1"));

        assertThat(mvc.get().uri("/api/status").with(viewer)).bodyJson()
                .hasPathSatisfying("$.refreshing", value -> value.assertThat().isInstanceOf(Boolean.class))
                .hasPathSatisfying("$.lastSuccess", value -> value.assertThat().asString().matches("\\d{4}-\\d\\d-\\d\\dT.*Z"))
                .hasPathSatisfying("$.sources[0].accountId", value -> value.assertThat().isEqualTo(DEFAULT_ACCOUNT))
                .hasPathSatisfying("$.sources[0].imageCount", value -> value.assertThat().isEqualTo(0))
                .hasPathSatisfying("$.sources[0].lastError", value -> value.assertThat().isNull())
                .hasPathSatisfying("$.sources[0].lastAttempt", value -> value.assertThat().asString().endsWith("Z"));
    }

    @Test
    void shouldServeEveryImageFieldWithNullsForAbsentValues() {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(mvc.get().uri("/api/images")
                .with(viewer)).bodyJson().extractingPath("$.total").isEqualTo(1));

        assertThat(mvc.get().uri("/api/images").with(viewer)).bodyJson()
                .extractingPath("$.images[0]").asMap()
                .containsKeys("imageId", "name", "description", "operatingSystem", "state", "requiredTenancy",
                        "created", "ownerAccountId", "imageType", "accountId", "region", "errorCode",
                        "errorMessage", "errorDetails", "updateAvailable", "updateDescription", "sharedWith", "bundles")
                .containsEntry("created", "2026-01-01T00:00:00Z")
                .containsEntry("errorCode", null)
                .containsEntry("errorDetails", List.of())
                .containsEntry("imageType", "OWNED")
                .containsEntry("region", "us-east-1");
    }

}
