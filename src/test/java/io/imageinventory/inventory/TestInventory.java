package io.imageinventory.inventory;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;

/**
 * The real refresher, catalog, clients and store, wired as {@link InventoryConfiguration} wires them
 * but without Spring, pointed at an endpoint such as the fake.
 */
final class TestInventory implements AutoCloseable {

    static final StaticCredentialsProvider DEMO_CREDENTIALS = StaticCredentialsProvider
            .create(AwsBasicCredentials.create("demo", "demo"));

    final InventoryStore store = new InventoryStore();

    final InventoryRefresher refresher;

    private final SdkHttpClient http;

    private final SourceCatalog catalog;

    private final ExecutorService pool;

    TestInventory(URI endpoint, List<String> regions) {
        InventoryConfiguration configuration = new InventoryConfiguration();
        InventoryProperties properties = new InventoryProperties(regions, List.of(), true,
                new InventoryProperties.Organization(null, "ImageInventoryReader"), 8, endpoint,
                Duration.ofMinutes(15));
        http = configuration.awsHttpClient(properties);
        catalog = configuration.sourceCatalog(properties, http, configuration.awsClientOverrides(), DEMO_CREDENTIALS);
        pool = configuration.inventoryPool(properties);
        refresher = configuration.inventoryRefresher(catalog, store, pool);
    }

    InventorySnapshot refresh() {
        return refresher.refresh().join();
    }

    @Override
    public void close() {
        pool.shutdownNow();
        catalog.close();
        http.close();
    }

}
