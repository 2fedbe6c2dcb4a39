package io.imageinventory.inventory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/**
 * Refreshes every source, each on its own: sources run in parallel on a bounded pool, and one
 * that fails keeps its last good images without touching the others. A refresh asked for while one
 * runs joins the running one.
 */
public final class InventoryRefresher {

    private static final Logger log = LoggerFactory.getLogger(InventoryRefresher.class);

    private final Supplier<List<ImageSource>> sources;

    private final InventoryStore store;

    private final Executor pool;

    private final Clock clock;

    private final List<RefreshListener> listeners;

    private final AtomicReference<CompletableFuture<InventorySnapshot>> running = new AtomicReference<>();

    InventoryRefresher(Supplier<List<ImageSource>> sources, InventoryStore store, Executor pool, Clock clock,
            List<RefreshListener> listeners) {
        this.sources = sources;
        this.store = store;
        this.pool = pool;
        this.clock = clock;
        this.listeners = List.copyOf(listeners);
    }

    /** Starts a refresh, or joins the one running; completes with the snapshot it produced. */
    public CompletableFuture<InventorySnapshot> refresh() {
        CompletableFuture<InventorySnapshot> mine = new CompletableFuture<>();
        CompletableFuture<InventorySnapshot> current = running.compareAndExchange(null, mine);
        if (current != null) {
            return current;
        }
        Instant started = clock.instant();
        CompletableFuture.supplyAsync(sources, pool)
                .thenCompose(this::refreshAll)
                .whenComplete((ignored, failure) -> {
                    if (failure != null) {
                        log.error("Refresh could not list its sources: {}", describe(failure));
                    }
                    InventorySnapshot snapshot = store.snapshot();
                    Duration took = Duration.between(started, clock.instant());
                    running.set(null);
                    listeners.forEach(listener -> listener.refreshed(snapshot, took));
                    mine.complete(snapshot);
                });
        return mine;
    }

    public boolean refreshing() {
        return running.get() != null;
    }

    private CompletableFuture<Void> refreshAll(List<ImageSource> all) {
        Set<SourceKey> keys = all.stream().map(ImageSource::key).collect(Collectors.toSet());
        store.retainOnly(keys);
        return CompletableFuture.allOf(all.stream()
                .map(source -> CompletableFuture.supplyAsync(() -> refresh(source), pool)
                        .thenAccept(state -> fillInSharing(source, state)))
                .toArray(CompletableFuture[]::new));
    }

    private SourceState refresh(ImageSource source) {
        Instant attempt = clock.instant();
        SourceKey key = source.key();
        SourceState previous = store.stateOf(key);
        SourceState state;
        try {
            List<ImageRow> images = source.fetchImages();
            state = SourceState.succeeded(key, source.accountName(), images, attempt);
        }
        catch (RuntimeException ex) {
            state = SourceState.failed(previous, key, source.accountName(), attempt, describe(ex));
        }
        store.record(state);
        Duration took = Duration.between(attempt, clock.instant());
        if (state.failing()) {
            log.warn("Refresh of account {} region {} failed after {} ms, keeping its {} last good images: {}",
                    key.accountId(), key.region(), took.toMillis(), state.images().size(), state.lastError());
        }
        else {
            log.info("Refreshed account {} region {}: {} images in {} ms", key.accountId(), key.region(),
                    state.images().size(), took.toMillis());
        }
        SourceState recorded = state;
        listeners.forEach(listener -> listener.sourceRefreshed(previous, recorded, took));
        return state;
    }

    /**
     * Who owned images are shared with costs a call per image, so it is filled in after the refresh
     * has published the images, and only where the source says it is outdated. A newer refresh of
     * the same source wins over this older enrichment.
     */
    private void fillInSharing(ImageSource source, SourceState state) {
        if (!state.failing() && source.sharingOutdated(state.images())) {
            CompletableFuture.runAsync(() -> store.replace(state, state.withImages(source.withSharing(state.images()))),
                    pool);
        }
    }

    /** A message a person can act on, such as {@code AccessDeniedException: User is not authorized}. */
    static String describe(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (cause instanceof AwsServiceException aws && aws.awsErrorDetails() != null
                && aws.awsErrorDetails().errorCode() != null) {
            String requestId = aws.requestId() == null ? "" : " (request id " + aws.requestId() + ")";
            return aws.awsErrorDetails().errorCode() + ": " + aws.awsErrorDetails().errorMessage() + requestId;
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

}
