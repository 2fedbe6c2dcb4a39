package io.imageinventory.dev;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;

import io.imageinventory.changes.ChangeLog;
import io.imageinventory.changes.ChangesProperties;
import io.imageinventory.inventory.InventoryFixtures;
import io.imageinventory.inventory.InventoryProperties;
import io.imageinventory.inventory.InventoryRefresher;
import io.imageinventory.inventory.InventoryStore;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;

/**
 * The real store and refresher for controller slice tests: tests fill the store with
 * {@link InventoryFixtures#fill}, and a refresh started here stays running until the held executor
 * is run.
 */
@TestConfiguration(proxyBeanMethods = false)
public class WebTestConfiguration {

    /** Fixed at the fixtures' now, so that "2 h ago" is two hours after a source read two hours before it. */
    @Bean
    Clock clock() {
        return Clock.fixed(InventoryFixtures.NOW, ZoneOffset.UTC);
    }

    @Bean
    InventoryStore inventoryStore(ApplicationEventPublisher events) {
        return new InventoryStore(events);
    }

    @Bean
    InventoryFixtures.HeldExecutor heldExecutor() {
        return new InventoryFixtures.HeldExecutor();
    }

    @Bean
    InventoryRefresher inventoryRefresher(InventoryStore inventoryStore, InventoryFixtures.HeldExecutor heldExecutor) {
        return InventoryFixtures.refresher(inventoryStore, heldExecutor);
    }

    @Bean
    ChangeLog changeLog() {
        return new ChangeLog(new ChangesProperties(100));
    }

    @Bean
    InventoryProperties inventoryProperties() {
        return new InventoryProperties(List.of("us-east-1"), List.of(), true,
                new InventoryProperties.Organization(null, "ImageInventoryReader"), 8, null, Duration.ofMinutes(15));
    }

}
