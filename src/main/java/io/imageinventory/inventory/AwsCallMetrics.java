package io.imageinventory.inventory;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import software.amazon.awssdk.core.metrics.CoreMetric;
import software.amazon.awssdk.metrics.MetricCollection;
import software.amazon.awssdk.metrics.MetricPublisher;

/**
 * Counts one source's AWS calls (every attempt, retries included) and the throttled ones, from the
 * SDK's own metrics: {@code inventory.aws.calls} and {@code inventory.aws.throttles}.
 */
final class AwsCallMetrics implements MetricPublisher {

    private static final String THROTTLING = "Throttling";

    private final MeterRegistry registry;

    private final Tags sourceTags;

    AwsCallMetrics(MeterRegistry registry, SourceKey source) {
        this.registry = registry;
        this.sourceTags = Tags.of("account", source.accountId(), "region", source.region());
    }

    @Override
    public void publish(MetricCollection apiCall) {
        Tags tags = sourceTags.and("operation", apiCall.metricValues(CoreMetric.OPERATION_NAME).stream()
                .findFirst().orElse("unknown"));
        apiCall.childrenWithName("ApiCallAttempt").forEach(attempt -> {
            registry.counter("inventory.aws.calls", tags).increment();
            if (attempt.metricValues(CoreMetric.ERROR_TYPE).contains(THROTTLING)) {
                registry.counter("inventory.aws.throttles", tags).increment();
            }
        });
    }

    @Override
    public void close() {
    }

}
