package io.imageinventory.inventory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

import io.imageinventory.inventory.SourceCatalog.SourceList;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/**
 * Refreshes every source, each on its own: sources run in parallel on a bounded pool, and one
 * that fails keeps its last good images without touching the others. What they gave is published as
 * one snapshot when the last of them is done. A refresh asked for while one runs joins the running
 * one. Every refresh completes: a source that overruns its deadline counts as failed, and a listener
 * that throws is logged and skipped.
 */
public final class InventoryRefresher {

    private static final Logger log = LoggerFactory.getLogger(InventoryRefresher.class);

    private final Supplier<SourceList> sources;

    private final InventoryStore store;

    private final Executor pool;

    private final Executor sharingPool;

    private final Duration sourceDeadline;

    private final Clock clock;

    private final List<RefreshListener> listeners;

    private final AtomicReference<CompletableFuture<InventorySnapshot>> running = new AtomicReference<>();

    /** Sources whose sharing is being filled in: at most one job each waits in the sharing pool. */
    private final Set<SourceKey> sharingPending = ConcurrentHashMap.newKeySet();

    /**
     * @param sources lists the sources of each refresh
     * @param store where each source's result goes
     * @param pool runs the sources, {@code inventory.parallelism} at a time
     * @param sharingPool fills in who owned images are shared with, after a source's images are published
     * @param sourceDeadline how long one source may take, counted from its start
     * @param clock the time
     * @param listeners told of each source and each refresh
     */
    InventoryRefresher(Supplier<SourceList> sources, InventoryStore store, Executor pool, Executor sharingPool,
            Duration sourceDeadline, Clock clock, List<RefreshListener> listeners) {
        this.sources = sources;
        this.store = store;
        this.pool = pool;
        this.sharingPool = sharingPool;
        this.sourceDeadline = sourceDeadline;
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
        listSources()
                .thenCompose(this::refreshAll)
                .whenComplete((outcome, failure) -> {
                    try {
                        finish(outcome, failure, Duration.between(started, clock.instant()));
                    }
                    finally {
                        running.set(null);
                        mine.complete(store.snapshot());
                    }
                });
        return mine;
    }

    public boolean refreshing() {
        return running.get() != null;
    }

    /** On the pool; a pool that no longer takes work (the application stops) fails the refresh rather than hang it. */
    private CompletableFuture<SourceList> listSources() {
        try {
            return CompletableFuture.supplyAsync(sources, pool);
        }
        catch (RejectedExecutionException ex) {
            return CompletableFuture.failedFuture(ex);
        }
    }

    private void finish(@Nullable RefreshOutcome outcome, @Nullable Throwable failure, Duration took) {
        RefreshOutcome result = outcome;
        if (failure != null) {
            String error = "The sources could not be set up: " + describe(failure);
            log.error(error);
            store.sourcesNotListed(error);
            result = RefreshOutcome.FAILURE;
        }
        InventorySnapshot snapshot = store.snapshot();
        RefreshOutcome told = result;
        notifyListeners(listener -> listener.refreshed(snapshot, told, took));
    }

    /** Publishes once, when every source is done; sharing is filled in after that, against the published images. */
    private CompletableFuture<RefreshOutcome> refreshAll(SourceList list) {
        List<CompletableFuture<SourceState>> fetches = list.sources().stream().map(this::refresh).toList();
        return CompletableFuture.allOf(fetches.toArray(CompletableFuture[]::new)).thenApply(done -> {
            List<SourceState> states = fetches.stream().map(CompletableFuture::join).toList();
            store.refreshed(states, list.problem());
            for (int i = 0; i < states.size(); i++) {
                if (!states.get(i).failing()) {
                    fillInSharing(list.sources().get(i));
                }
            }
            return outcome(states, list.problem());
        });
    }

    private static RefreshOutcome outcome(List<SourceState> states, @Nullable String problem) {
        long failing = states.stream().filter(SourceState::failing).count();
        if (failing == states.size() && (failing > 0 || problem != null)) {
            return RefreshOutcome.FAILURE;
        }
        return failing == 0 && problem == null ? RefreshOutcome.SUCCESS : RefreshOutcome.PARTIAL;
    }

    /** Fetches on the pool; the deadline counts from the fetch's start, not from its wait in the queue. */
    private CompletableFuture<SourceState> refresh(ImageSource source) {
        CompletableFuture<List<ImageRow>> fetched = new CompletableFuture<>();
        AtomicReference<Instant> attempt = new AtomicReference<>(clock.instant());
        pool.execute(() -> {
            attempt.set(clock.instant());
            fetched.orTimeout(sourceDeadline.toMillis(), TimeUnit.MILLISECONDS);
            try {
                fetched.complete(source.fetchImages());
            }
            catch (RuntimeException ex) {
                fetched.completeExceptionally(ex);
            }
        });
        return fetched.handle((images, failure) -> record(source, attempt.get(), images, failure));
    }

    private SourceState record(ImageSource source, Instant attempt, @Nullable List<ImageRow> images,
            @Nullable Throwable failure) {
        SourceKey key = source.key();
        SourceState previous = store.stateOf(key);
        SourceState state = failure == null && images != null
                ? SourceState.succeeded(key, source.accountName(), images, attempt)
                : SourceState.failed(previous, key, source.accountName(), attempt, describeSourceFailure(failure));
        Duration took = Duration.between(attempt, clock.instant());
        if (state.failing()) {
            log.warn("Refresh of account {} region {} failed after {} ms, keeping its {} last good images: {}",
                    key.accountId(), key.region(), took.toMillis(), state.images().size(), state.lastError());
        }
        else {
            log.info("Refreshed account {} region {}: {} images in {} ms", key.accountId(), key.region(),
                    state.images().size(), took.toMillis());
        }
        notifyListeners(listener -> listener.sourceRefreshed(previous, state, took));
        return state;
    }

    private String describeSourceFailure(@Nullable Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof TimeoutException) {
            return "DeadlineExceeded: the source did not finish within " + sourceDeadline.toSeconds() + " s";
        }
        return cause == null ? "NoImages: the source gave neither images nor an error" : describe(cause);
    }

    /**
     * Who owned images are shared with costs a call per image, so it is filled in after the images are
     * published, in a pool of its own so that it never holds the refresh's threads, and at most once at
     * a time per source, for the source's images as they are when it runs; it publishes what it found on
     * its own. A refresh of the same source that ends meanwhile wins over the enrichment.
     */
    private void fillInSharing(ImageSource source) {
        SourceState published = store.stateOf(source.key());
        if (published == null || !source.sharingOutdated(published.images()) || !sharingPending.add(source.key())) {
            return;
        }
        try {
            sharingPool.execute(() -> {
                try {
                    SourceState current = store.stateOf(source.key());
                    if (current != null && !current.failing()) {
                        store.replace(current, current.withImages(source.withSharing(current.images())));
                    }
                }
                finally {
                    sharingPending.remove(source.key());
                }
            });
        }
        catch (RuntimeException ex) {
            sharingPending.remove(source.key());
            log.warn("Sharing of account {} region {} stays unknown for now: {}", source.key().accountId(),
                    source.key().region(), describe(ex));
        }
    }

    private void notifyListeners(Consumer<RefreshListener> event) {
        for (RefreshListener listener : listeners) {
            try {
                event.accept(listener);
            }
            catch (RuntimeException ex) {
                log.error("Refresh listener {} failed; the refresh goes on", listener.getClass().getName(), ex);
            }
        }
    }

    /**
     * A message a person can act on, such as {@code AccessDeniedException: User is not authorized}: the AWS
     * error among the causes, or else the innermost cause (not the wrappers of futures or bean creation).
     */
    static String describe(Throwable failure) {
        Throwable cause = failure;
        for (Throwable next = failure; next != null; next = next.getCause()) {
            if (next instanceof AwsServiceException aws && aws.awsErrorDetails() != null
                    && aws.awsErrorDetails().errorCode() != null) {
                String requestId = aws.requestId() == null ? "" : " (request id " + aws.requestId() + ")";
                return aws.awsErrorDetails().errorCode() + ": " + aws.awsErrorDetails().errorMessage() + requestId;
            }
            cause = next;
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

}
