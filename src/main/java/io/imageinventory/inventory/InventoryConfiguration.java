package io.imageinventory.inventory;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;

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
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

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
            MeterRegistry meterRegistry, Executor inventoryPagesPool) {
        AwsClients clients = new AwsClients(awsHttpClient, awsClientOverrides, properties.endpointOverride());
        return new SourceCatalog(clients, source -> new AwsCallMetrics(meterRegistry, source), awsCredentialsProvider,
                regions(properties), properties, inventoryPagesPool);
    }

    @Bean
    InventoryStore inventoryStore(ApplicationEventPublisher events) {
        return new InventoryStore(events);
    }

    /** The sources of a refresh, {@code inventory.parallelism} at a time. */
    @Bean
    ThreadPoolTaskExecutor inventoryPool(InventoryProperties properties) {
        return pool("inventory-", properties.parallelism());
    }

    /**
     * The shared images and the bundles of each source, listed alongside its owned images: two chains
     * a source, so that no source waits for another's.
     */
    @Bean
    ThreadPoolTaskExecutor inventoryPagesPool(InventoryProperties properties) {
        return pool("inventory-pages-", 2 * properties.parallelism());
    }

    /**
     * Who owned images are shared with is filled in here, one job at most per source, so that it never
     * holds the refresh's threads into the next refresh.
     */
    @Bean
    ThreadPoolTaskExecutor inventorySharingPool() {
        return pool("inventory-sharing-", 2);
    }

    @Bean
    InventoryRefresher inventoryRefresher(ObjectProvider<SourceCatalog> sourceCatalog, InventoryStore inventoryStore,
            Executor inventoryPool, Executor inventorySharingPool, Clock clock,
            ObjectProvider<RefreshListener> listeners) {
        return new InventoryRefresher(() -> sourceCatalog.getObject().sources(), inventoryStore, inventoryPool,
                inventorySharingPool, SOURCE_DEADLINE, clock, listeners.orderedStream().toList());
    }

    /**
     * A fixed number of threads and an unbounded queue, shut down by Spring with the application and
     * reported by Boot as {@code executor.*} metrics named after the bean. Never paused: it only runs work
     * that others started and wait for (the scheduled refresh waits for its sources), so a paused pool
     * would hold the scheduler's own pause for its whole timeout; Spring pauses the contexts that tests
     * keep for later. Work left when the application stops is interrupted: a refresh has nothing to save
     * half-way, and the next start refreshes anyway.
     */
    static ThreadPoolTaskExecutor pool(String threadNamePrefix, int threads) {
        ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor() {

            @Override
            public boolean isPauseable() {
                return false;
            }

        };
        pool.setThreadNamePrefix(threadNamePrefix);
        pool.setCorePoolSize(threads);
        pool.setMaxPoolSize(threads);
        return pool;
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
