package io.imageinventory.operations;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.imageinventory.inventory.InventoryProperties;
import io.imageinventory.inventory.InventorySnapshot;
import io.imageinventory.inventory.InventoryStore;
import io.imageinventory.inventory.SourceState;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code inventory} health component. It is DOWN only when the dashboard has nothing to show
 * and cannot get anything: not one image kept, and every source failing or the sources not even
 * listable (no region, no credentials). Stale or failing sources
 * that still have their last good images leave it UP (a load balancer must not take away a
 * dashboard that serves slightly old data); they are listed in the details, which only admins see,
 * and alerted on through the metrics.
 */
@Component
class InventoryHealthIndicator implements HealthIndicator {

    private final InventoryStore store;

    private final InventoryProperties properties;

    private final Clock clock;

    InventoryHealthIndicator(InventoryStore store, InventoryProperties properties, Clock clock) {
        this.store = store;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public Health health() {
        InventorySnapshot snapshot = store.snapshot();
        Instant now = clock.instant();
        List<SourceState> sources = snapshot.sources();
        boolean nothingToServe = snapshot.images().isEmpty()
                && (snapshot.sourcesError() != null || !sources.isEmpty() && sources.stream().allMatch(SourceState::failing));
        Health.Builder health = nothingToServe ? Health.down() : Health.up();
        long stale = sources.stream().filter(source -> source.stale(now, properties.refreshInterval())).count();
        if (snapshot.sourcesError() != null) {
            health.withDetail("sourcesError", snapshot.sourcesError());
        }
        return health
                .withDetail("failing", sources.stream().filter(SourceState::failing).count())
                .withDetail("stale", stale)
                .withDetail("images", snapshot.images().size())
                .withDetail("sources", sources.stream().map(source -> details(source, now)).toList())
                .build();
    }

    private Map<String, Object> details(SourceState source, Instant now) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("account", source.key().accountId());
        details.put("region", source.key().region());
        details.put("ageSeconds", source.lastSuccess() == null ? null
                : now.getEpochSecond() - source.lastSuccess().getEpochSecond());
        details.put("stale", source.stale(now, properties.refreshInterval()));
        details.put("error", source.lastError());
        return details;
    }

}
