package io.imageinventory.operations;

import java.time.Clock;
import java.util.List;

import io.imageinventory.dev.FakeAws;
import io.imageinventory.inventory.TestInventory;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static io.imageinventory.dev.FakeAws.DEFAULT_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A source that is no longer read takes its meters along, so that no stale alert fires for it for good.
 */
class GoneSourceMetricsTests {

    private static final String STAYS = "222222222222";

    private static final String LEAVES = "333333333333";

    private final FakeAws aws = FakeAws.start(0);

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    private TestInventory inventory;

    @AfterEach
    void stop() {
        inventory.close();
        aws.close();
    }

    @Test
    void shouldDropTheMetersOfAnAccountThatLeftTheOrganization() {
        String managementRole = "arn:aws:iam::" + DEFAULT_ACCOUNT + ":role/OrganizationReader";
        aws.role(managementRole).role(role(STAYS)).role(role(LEAVES))
                .organizationAccount(STAYS, "Stays", "ACTIVE").organizationAccount(LEAVES, "Leaves", "ACTIVE");
        inventory = new TestInventory(TestInventory.properties(aws.endpoint(), List.of("us-east-1"), List.of(), false,
                managementRole, 4), store -> List.of(new InventoryMetrics(registry, store, Clock.systemUTC())));
        inventory.refresh();
        assertThat(registry.find("inventory.source.age").tag("account", LEAVES).gauge()).isNotNull();

        aws.clearOrganization().organizationAccount(STAYS, "Stays", "ACTIVE");
        inventory.refresh();

        assertThat(registry.find("inventory.source.age").tag("account", LEAVES).gauge()).isNull();
        assertThat(registry.find("inventory.refresh").tag("account", LEAVES).meters()).isEmpty();
        assertThat(registry.find("inventory.source.age").tag("account", STAYS).gauge()).isNotNull();
        assertThat(registry.find("inventory.refresh").tag("account", STAYS).timers()).isNotEmpty();
    }

    private static String role(String accountId) {
        return "arn:aws:iam::" + accountId + ":role/ImageInventoryReader";
    }

}
