package io.imageinventory.inventory;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;

import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The real refresher, catalog, clients and store, wired as {@link InventoryConfiguration} wires them
 * but without Spring, pointed at an endpoint such as the fake.
 */
public final class TestInventory implements AutoCloseable {

    static final StaticCredentialsProvider DEMO_CREDENTIALS = StaticCredentialsProvider
            .create(AwsBasicCredentials.create("demo", "demo"));

    public final InventoryStore store = InventoryFixtures.store();

    final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    final InventoryRefresher refresher;

    private final SdkHttpClient http;

    private final SourceCatalog catalog;

    private final ThreadPoolTaskExecutor pool;

    private final ThreadPoolTaskExecutor pagesPool;

    private final ThreadPoolTaskExecutor sharingPool;

    public TestInventory(URI endpoint, List<String> regions) {
        this(properties(endpoint, regions, List.of(), true, null, 8));
    }

    TestInventory(InventoryProperties properties) {
        this(properties, List.of());
    }

    public TestInventory(InventoryProperties properties, List<RefreshListener> listeners) {
        this(properties, store -> listeners);
    }

    /** With listeners that read this inventory's store, such as the metrics. */
    public TestInventory(InventoryProperties properties, Function<InventoryStore, List<RefreshListener>> listenersOf) {
        List<RefreshListener> listeners = listenersOf.apply(store);
        InventoryConfiguration configuration = new InventoryConfiguration();
        pool = started(configuration.inventoryPool(properties));
        pagesPool = started(configuration.inventoryPagesPool(properties));
        sharingPool = started(configuration.inventorySharingPool());
        http = configuration.awsHttpClient(properties);
        catalog = configuration.sourceCatalog(properties, http, configuration.awsClientOverrides(), DEMO_CREDENTIALS,
                meters, pagesPool);
        refresher = new InventoryRefresher(catalog::sources, store, pool, sharingPool,
                InventoryConfiguration.SOURCE_DEADLINE, Clock.systemUTC(), listeners);
    }

    public static InventoryProperties properties(URI endpoint, List<String> regions, List<InventoryProperties.Account> accounts,
            boolean includeOwnAccount, @Nullable String organizationRoleArn, int parallelism) {
        return new InventoryProperties(regions, accounts, includeOwnAccount,
                new InventoryProperties.Organization(organizationRoleArn, "ImageInventoryReader"), parallelism,
                endpoint, Duration.ofMinutes(15));
    }

    /** What Spring does for the pool beans: the pools are not beans here. */
    private static ThreadPoolTaskExecutor started(ThreadPoolTaskExecutor pool) {
        pool.initialize();
        return pool;
    }

    public InventorySnapshot refresh() {
        return refresher.refresh().join();
    }

    /** The sources whose clients are open now. */
    Set<SourceKey> openSources() {
        return catalog.openSources();
    }

    /** Lets go of every source's images and clients, as if no source were configured any more. */
    public void forget() {
        store.refreshed(List.of(), null);
        catalog.forgetSources();
    }

    @Override
    public void close() {
        pool.shutdown();
        pagesPool.shutdown();
        sharingPool.shutdown();
        catalog.close();
        http.close();
    }

}
