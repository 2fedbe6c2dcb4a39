package io.imageinventory.operations;

import java.util.List;

import io.imageinventory.dev.FakeAws;
import io.imageinventory.dev.FakeError;
import io.imageinventory.dev.FakeImage;
import io.imageinventory.inventory.InventoryRefresher;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static io.imageinventory.dev.FakeAws.DEFAULT_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Metrics, health and logs after real refreshes against the fake endpoint.
 */
@SpringBootTest(properties = { "inventory.regions=us-east-1,eu-west-1",
        "inventory.accounts[0].role-arn=arn:aws:iam::222222222222:role/ImageInventoryReader",
        "inventory.accounts[0].name=Production", "inventory.refresh-interval=1h",
        "management.prometheus.metrics.export.enabled=true" })
@ExtendWith(OutputCaptureExtension.class)
class OperationsTests {

    private static final FakeAws aws = FakeAws.start(0);

    @Autowired
    private InventoryRefresher refresher;

    @Autowired
    private MeterRegistry registry;

    @Autowired
    private PrometheusMeterRegistry prometheus;

    @Autowired
    private InventoryHealthIndicator health;

    @DynamicPropertySource
    static void pointAtFake(DynamicPropertyRegistry registry) {
        aws.role("arn:aws:iam::222222222222:role/ImageInventoryReader")
                .images(DEFAULT_ACCOUNT, "us-east-1", "OWNED", List.of(
                        FakeImage.available("wsi-ok", DEFAULT_ACCOUNT),
                        FakeImage.available("wsi-broken", DEFAULT_ACCOUNT).errorDetail("DomainJoined", "Joined")))
                .images("222222222222", "eu-west-1", "SHARED", List.of(FakeImage.available("wsi-shared", "9")
                        .os("LINUX").tenancy("DEDICATED")))
                .deny("222222222222", "us-east-1", FakeError.ACCESS_DENIED)
                .failOnce("WorkspacesService.DescribeWorkspaceImages", 0, FakeError.THROTTLING);
        registry.add("inventory.endpoint-override", aws::endpoint);
    }

    @AfterAll
    static void stop() {
        aws.close();
    }

    @Test
    void shouldCountImagesByEveryDimensionAfterARefresh() {
        refresher.refresh().join();

        assertThat(registry.get("inventory.images").tags("account", DEFAULT_ACCOUNT, "region", "us-east-1",
                "state", "ERROR", "os", "WINDOWS", "tenancy", "DEFAULT", "type", "OWNED").gauge().value()).isEqualTo(1);
        assertThat(registry.get("inventory.images").tags("account", "222222222222", "region", "eu-west-1",
                "state", "AVAILABLE", "os", "LINUX", "tenancy", "DEDICATED", "type", "SHARED").gauge().value())
                .isEqualTo(1);
        assertThat(registry.get("inventory.refresh").tags("scope", "all", "outcome", "partial").timer().count())
                .isPositive();
        assertThat(registry.get("inventory.refresh").tags("scope", "source", "account", "222222222222",
                "region", "us-east-1", "outcome", "failure").timer().count()).isPositive();
        assertThat(registry.get("inventory.source.age").tags("account", "222222222222", "region", "us-east-1")
                .gauge().value()).isInfinite();
        assertThat(registry.get("inventory.source.age").tags("account", DEFAULT_ACCOUNT, "region", "us-east-1")
                .gauge().value()).isBetween(0.0, 60.0);
        assertThat(registry.get("inventory.aws.calls").tags("account", DEFAULT_ACCOUNT, "operation",
                "DescribeWorkspaceImages").counters()).isNotEmpty();
        assertThat(registry.get("inventory.aws.throttles").counters())
                .anySatisfy(counter -> assertThat(counter.count()).isPositive());
    }

    @Test
    void shouldReportTheRefreshPoolsAsExecutors() {
        refresher.refresh().join();

        assertThat(registry.get("executor.completed").tag("name", "inventoryPool").functionCounter().count())
                .isPositive();
        assertThat(registry.find("executor.pool.max").tag("name", "inventoryPagesPool").gauge()).isNotNull();
        assertThat(registry.find("executor.pool.max").tag("name", "inventorySharingPool").gauge()).isNotNull();
    }

    @Test
    void shouldExposePrometheusNamesThatAlertRulesUse() {
        refresher.refresh().join();

        assertThat(prometheus.scrape())
                .contains("inventory_images{account=\"" + DEFAULT_ACCOUNT + "\"")
                .containsPattern("inventory_images\\{[^}]*state=\"ERROR\"[^}]*\\} 1")
                .contains("inventory_refresh_seconds_count{")
                .contains("inventory_source_age_seconds{")
                .contains("inventory_aws_calls_total{")
                .contains("inventory_aws_throttles_total{");
    }

    @Test
    void shouldReportFailingSourceInHealthDetailsWhileStayingUp() {
        refresher.refresh().join();

        Health inventory = health.health();

        assertThat(inventory.getStatus()).isEqualTo(Status.UP);
        assertThat(inventory.getDetails()).containsEntry("failing", 1L).containsEntry("images", 3);
        assertThat(inventory.getDetails().get("sources")).asInstanceOf(InstanceOfAssertFactories.LIST)
                .anySatisfy(source -> assertThat(source.toString())
                        .contains("222222222222", "us-east-1", "AccessDeniedException"));
    }

    @Test
    void shouldLogOneLinePerSourceAndNoSecrets(CapturedOutput output) {
        refresher.refresh().join();

        assertThat(output.getAll())
                .contains("Refreshed account " + DEFAULT_ACCOUNT + " region us-east-1: 2 images in ")
                .contains("Refresh of account 222222222222 region us-east-1 failed after")
                .contains("request id ")
                .doesNotContain("fake-secret")
                .doesNotContain("fake-session-token")
                .doesNotContain(System.getProperty("aws.secretAccessKey"));
    }

}
