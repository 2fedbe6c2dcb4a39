package io.imageinventory.inventory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

import org.jspecify.annotations.Nullable;

/**
 * Stores, sources and image rows for tests of the readers of the inventory (pages, CSV, API) that
 * need a real {@link InventoryStore} with known content rather than a refresh against the fake AWS.
 */
public final class InventoryFixtures {

    public static final Instant NOW = Instant.now();

    private InventoryFixtures() {
    }

    /** Makes the store hold exactly these sources, as a refresh would leave it. */
    public static InventoryStore fill(InventoryStore store, SourceState... sources) {
        store.refreshed(List.of(sources), null);
        return store;
    }

    /** Makes the store say why the sources could not be listed, as a failed refresh would. */
    public static void sourcesNotListed(InventoryStore store, String error) {
        store.sourcesNotListed(error);
    }

    /** A store whose snapshots go to no one: for tests of the refresh without Spring. */
    public static InventoryStore store() {
        return new InventoryStore(event -> { });
    }

    /** A source read successfully a minute ago. */
    public static SourceState source(String accountId, String accountName, String region, ImageRow... images) {
        Instant attempt = NOW.minus(Duration.ofMinutes(1));
        return SourceState.succeeded(new SourceKey(accountId, region), accountName, List.of(images), attempt);
    }

    /** A source whose latest read failed; it keeps the images of its last success, if any. */
    public static SourceState failing(String accountId, String region, @Nullable Instant lastSuccess, String error,
            ImageRow... images) {
        return new SourceState(new SourceKey(accountId, region), accountId, List.of(images),
                NOW.minus(Duration.ofMinutes(1)), lastSuccess, error);
    }

    /** A refresher over no sources whose work waits in the executor until the test runs it. */
    public static InventoryRefresher refresher(InventoryStore store, Executor executor) {
        return new InventoryRefresher(() -> new SourceCatalog.SourceList(List.of(), null), store, executor, executor,
                Duration.ofMinutes(1), Clock.systemUTC(), List.of());
    }

    public static Image image(String imageId) {
        return new Image(imageId);
    }

    /** An executor that only runs what it was given when asked: a refresh stays running until then. */
    public static final class HeldExecutor implements Executor {

        private final List<Runnable> held = new ArrayList<>();

        @Override
        public synchronized void execute(Runnable command) {
            held.add(command);
        }

        /** Runs everything given so far, and whatever that gives in turn. */
        public void runAll() {
            while (true) {
                List<Runnable> next;
                synchronized (this) {
                    if (held.isEmpty()) {
                        return;
                    }
                    next = new ArrayList<>(held);
                    held.clear();
                }
                next.forEach(Runnable::run);
            }
        }

    }

    /**
     * An image row, built field by field: an available Windows image owned by the account that
     * lists it in us-east-1, unless told otherwise.
     */
    public static final class Image {

        private final String imageId;

        private @Nullable String name;

        private @Nullable String description;

        private @Nullable String operatingSystem = "WINDOWS";

        private @Nullable String state = "AVAILABLE";

        private @Nullable String tenancy = "DEFAULT";

        private @Nullable Instant created = Instant.parse("2026-01-01T00:00:00Z");

        private @Nullable String owner;

        private String imageType = "OWNED";

        private String accountId = "111122223333";

        private String region = "us-east-1";

        private @Nullable String errorCode;

        private @Nullable String errorMessage;

        private final List<ImageError> errorDetails = new ArrayList<>();

        private @Nullable Boolean updateAvailable;

        private @Nullable String updateDescription;

        private Image(String imageId) {
            this.imageId = imageId;
            this.name = "image " + imageId;
            this.description = "Image " + imageId;
        }

        public Image name(@Nullable String name) {
            this.name = name;
            return this;
        }

        public Image description(@Nullable String description) {
            this.description = description;
            return this;
        }

        public Image os(@Nullable String operatingSystem) {
            this.operatingSystem = operatingSystem;
            return this;
        }

        public Image state(@Nullable String state) {
            this.state = state;
            return this;
        }

        public Image tenancy(@Nullable String tenancy) {
            this.tenancy = tenancy;
            return this;
        }

        public Image created(@Nullable Instant created) {
            this.created = created;
            return this;
        }

        public Image created(String created) {
            return created(Instant.parse(created));
        }

        /** Shared with the listing account by another. */
        public Image sharedBy(String ownerAccountId) {
            this.imageType = "SHARED";
            this.owner = ownerAccountId;
            return this;
        }

        public Image seenFrom(String accountId, String region) {
            this.accountId = accountId;
            this.region = region;
            return this;
        }

        /** The legacy top-level error of older ERROR images. */
        public Image error(String code, String message) {
            this.state = "ERROR";
            this.errorCode = code;
            this.errorMessage = message;
            return this;
        }

        public Image errorDetail(String code, String message) {
            this.state = "ERROR";
            this.errorDetails.add(new ImageError(code, message));
            return this;
        }

        public Image updateAvailable(String description) {
            this.updateAvailable = true;
            this.updateDescription = description;
            return this;
        }

        public ImageRow build() {
            return new ImageRow(imageId, name, description, operatingSystem, state, tenancy, created,
                    owner == null && imageType.equals("OWNED") ? accountId : owner, imageType, accountId, region,
                    errorCode, errorMessage, errorDetails, updateAvailable, updateDescription);
        }

    }

}
