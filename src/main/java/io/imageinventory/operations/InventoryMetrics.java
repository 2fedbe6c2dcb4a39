package io.imageinventory.operations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import io.imageinventory.inventory.ImageRow;
import io.imageinventory.inventory.InventorySnapshot;
import io.imageinventory.inventory.InventoryStore;
import io.imageinventory.inventory.RefreshListener;
import io.imageinventory.inventory.RefreshOutcome;
import io.imageinventory.inventory.SourceKey;
import io.imageinventory.inventory.SourceState;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The inventory's metrics: {@code inventory.images} by account, region, state, OS, tenancy and type
 * (so that "any ERROR images?" is one alert rule), {@code inventory.refresh} per source and overall
 * with its outcome, and {@code inventory.source.age}, the seconds since a source's last success
 * (+Inf for a source that never succeeded, so that it trips any age alert).
 */
@Component
class InventoryMetrics implements RefreshListener {

    private static final String UNKNOWN = "none";

    private final MeterRegistry registry;

    private final InventoryStore store;

    private final Clock clock;

    private final MultiGauge images;

    private final Map<SourceKey, Gauge> ageGauges = new ConcurrentHashMap<>();

    InventoryMetrics(MeterRegistry registry, InventoryStore store, Clock clock) {
        this.registry = registry;
        this.store = store;
        this.clock = clock;
        this.images = MultiGauge.builder("inventory.images")
                .description("Images seen, by account, region, state, operating system, tenancy and type")
                .baseUnit("images")
                .register(registry);
    }

    @Override
    public void sourceRefreshed(@Nullable SourceState previous, SourceState state, Duration took) {
        SourceKey key = state.key();
        timer("source", key.accountId(), key.region(), state.failing() ? "failure" : "success").record(took);
        ageGauges.computeIfAbsent(key, unused -> Gauge.builder("inventory.source.age", () -> age(key))
                .description("Seconds since the source was last fetched successfully")
                .baseUnit("seconds")
                .tags(sourceTags(key))
                .register(registry));
    }

    @Override
    public void refreshed(InventorySnapshot snapshot, RefreshOutcome outcome, Duration took) {
        timer("all", "all", "all", outcome.name().toLowerCase(Locale.ROOT)).record(took);
        images.register(imageRows(snapshot.images()), true);
        forgetGoneSources(snapshot);
    }

    /**
     * A source that is no longer read (its account left the organisation, the settings changed) takes
     * its meters along: its age would otherwise stay +Inf and its stale alert fire for good.
     */
    private void forgetGoneSources(InventorySnapshot snapshot) {
        Set<SourceKey> current = snapshot.sources().stream().map(SourceState::key).collect(Collectors.toSet());
        ageGauges.keySet().removeIf(key -> {
            if (current.contains(key)) {
                return false;
            }
            registry.find("inventory.refresh").tags("scope", "source").tags(sourceTags(key)).meters()
                    .forEach(registry::remove);
            registry.remove(ageGauges.get(key));
            return true;
        });
    }

    private Timer timer(String scope, String account, String region, String outcome) {
        return Timer.builder("inventory.refresh")
                .description("Time to refresh one source (scope=source) or every source (scope=all)")
                .tags("scope", scope, "account", account, "region", region, "outcome", outcome)
                .register(registry);
    }

    private double age(SourceKey key) {
        Instant lastSuccess = store.snapshot().sources().stream()
                .filter(source -> source.key().equals(key))
                .map(SourceState::lastSuccess)
                .filter(Objects::nonNull)
                .findFirst().orElse(null);
        return lastSuccess == null ? Double.POSITIVE_INFINITY
                : Duration.between(lastSuccess, clock.instant()).toMillis() / 1000.0;
    }

    private static List<MultiGauge.Row<?>> imageRows(List<ImageRow> rows) {
        Map<Tags, Long> counts = rows.stream().collect(Collectors.groupingBy(InventoryMetrics::imageTags,
                Collectors.counting()));
        return counts.entrySet().stream()
                .<MultiGauge.Row<?>>map(entry -> MultiGauge.Row.of(entry.getKey(), entry.getValue()))
                .toList();
    }

    private static Tags imageTags(ImageRow row) {
        return Tags.of("account", row.accountId(), "region", row.region(), "state", orUnknown(row.state()),
                "os", orUnknown(row.operatingSystem()), "tenancy", orUnknown(row.requiredTenancy()),
                "type", row.imageType());
    }

    private static Tags sourceTags(SourceKey key) {
        return Tags.of("account", key.accountId(), "region", key.region());
    }

    private static String orUnknown(@Nullable String value) {
        return value == null ? UNKNOWN : value;
    }

}
