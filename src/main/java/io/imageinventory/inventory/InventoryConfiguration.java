package io.imageinventory.inventory;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import io.micrometer.core.instrument.MeterRegistry;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * The AWS clients, the source catalog, the store and the refresher, built once.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class InventoryConfiguration {

    /** No single call may hang a refresh: each attempt and each call, retries included, is bounded. */
    private static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(20);

    private static final Duration CALL_TIMEOUT = Duration.ofMinutes(1);

    /**
     * How long one source may take: 40,000 images are 1,600 pages of 25, about three minutes at 100 ms
     * a page. A source that overruns fails with its last good images kept, and the refresh completes.
     */
    static final Duration SOURCE_DEADLINE = Duration.ofMinutes(10);

    /** The one clock of the application: the refresh, the pages and the health read the time from it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    AwsCredentialsProvider awsCredentialsProvider() {
        return DefaultCredentialsProvider.builder().build();
    }

    @Bean(destroyMethod = "close")
    @Lazy
    SdkHttpClient awsHttpClient(InventoryProperties properties) {
        return ApacheHttpClient.builder()
                .connectionTimeout(Duration.ofSeconds(5))
                .socketTimeout(ATTEMPT_TIMEOUT)
                .maxConnections(Math.max(50, properties.parallelism() * 2))
                .build();
    }

    /**
     * STANDARD rather than the SDK's LEGACY default: it retries throttling and 5xx answers with
     * exponential backoff and jitter, and bounds retries with a token bucket. ADAPTIVE_V2 would add
     * client-side rate limiting, which pays off only when many requests share one client at once;
     * here each source's client sends its pages one after another.
     */
    @Bean
    ClientOverrideConfiguration awsClientOverrides() {
        return ClientOverrideConfiguration.builder()
                .retryStrategy(RetryMode.STANDARD)
                .apiCallAttemptTimeout(ATTEMPT_TIMEOUT)
                .apiCallTimeout(CALL_TIMEOUT)
                .build();
    }

    /**
     * Built by the first refresh rather than at start-up: its clients load the AWS SDK and the TLS trust
     * store, which held back the first answer and is not needed before the
     * application is ready.
     */
    @Bean
    @Lazy
    SourceCatalog sourceCatalog(InventoryProperties properties, SdkHttpClient awsHttpClient,
            ClientOverrideConfiguration awsClientOverrides, AwsCredentialsProvider awsCredentialsProvider,
            MeterRegistry meterRegistry) {
        AwsClients clients = new AwsClients(awsHttpClient, awsClientOverrides, properties.endpointOverride());
        return new SourceCatalog(clients, source -> new AwsCallMetrics(meterRegistry, source), awsCredentialsProvider,
                regions(properties), properties);
    }

    @Bean
    InventoryStore inventoryStore(ApplicationEventPublisher events) {
        return new InventoryStore(events);
    }

    @Bean(destroyMethod = "shutdownNow")
    ExecutorService inventoryPool(InventoryProperties properties) {
        return Executors.newFixedThreadPool(properties.parallelism(), new CustomizableThreadFactory("inventory-"));
    }

    /**
     * Who owned images are shared with is filled in here, one job at most per source, so that it never
     * holds the refresh's threads into the next refresh.
     */
    @Bean(destroyMethod = "shutdownNow")
    ExecutorService sharingPool() {
        return Executors.newFixedThreadPool(2, new CustomizableThreadFactory("inventory-sharing-"));
    }

    @Bean
    InventoryRefresher inventoryRefresher(ObjectProvider<SourceCatalog> sourceCatalog, InventoryStore inventoryStore,
            ExecutorService inventoryPool, ExecutorService sharingPool, Clock clock,
            ObjectProvider<RefreshListener> listeners) {
        return new InventoryRefresher(() -> sourceCatalog.getObject().sources(), inventoryStore, inventoryPool,
                sharingPool, SOURCE_DEADLINE, clock, listeners.orderedStream().toList());
    }

    private static List<Region> regions(InventoryProperties properties) {
        if (properties.regions().isEmpty()) {
            try {
                return List.of(new DefaultAwsRegionProviderChain().getRegion());
            }
            catch (SdkClientException ex) {
                // The SDK's message lists every provider it asked; this one says what to set.
                throw new IllegalStateException("No AWS region is configured: set inventory.regions, or AWS_REGION");
            }
        }
        return properties.regions().stream().distinct().map(Region::of).toList();
    }

}
