package io.imageinventory.inventory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.model.DescribeWorkspaceImagePermissionsResponse;
import software.amazon.awssdk.services.workspaces.model.DescribeWorkspaceImagesResponse;
import software.amazon.awssdk.services.workspaces.model.ImagePermission;
import software.amazon.awssdk.services.workspaces.model.ImageType;
import software.amazon.awssdk.services.workspaces.model.Workspace;
import software.amazon.awssdk.services.workspaces.model.WorkspaceBundle;

/**
 * Lists a source's images with {@code DescribeWorkspaceImages} (owned and shared, every page) and
 * the bundles built on them with {@code DescribeWorkspaceBundles}, with how many WorkSpaces run on each
 * ({@code DescribeWorkspaces}, at most once an hour). Who an owned image is shared with
 * takes one {@code DescribeWorkspaceImagePermissions} call per image, so it is asked at most once an
 * hour per image, after the images are published, rather than at every refresh.
 */
final class WorkSpacesImageSource implements ImageSource, AutoCloseable {

    /** The API's maximum page size; it rejects more. */
    static final int PAGE_SIZE = 25;

    static final Duration SHARING_MAX_AGE = Duration.ofHours(1);

    private static final Logger log = LoggerFactory.getLogger(WorkSpacesImageSource.class);

    private final SourceKey key;

    private final String accountName;

    private final WorkSpacesClient workspaces;

    private final Executor chains;

    private final Cache<String, List<String>> sharing = Caffeine.newBuilder()
            .expireAfterWrite(SHARING_MAX_AGE)
            .build();

    private final Cache<SourceKey, Map<String, Integer>> workspaceCounts = Caffeine.newBuilder()
            .expireAfterWrite(SHARING_MAX_AGE)
            .build();

    WorkSpacesImageSource(SourceKey key, String accountName, WorkSpacesClient workspaces, Executor chains) {
        this.key = key;
        this.accountName = accountName;
        this.workspaces = workspaces;
        this.chains = chains;
    }

    @Override
    public SourceKey key() {
        return key;
    }

    @Override
    public String accountName() {
        return accountName;
    }

    /**
     * The owned pages, the shared pages and the bundles are three independent chains of calls, so
     * the shared images and the bundles are listed alongside the owned ones: a source takes as long
     * as its longest chain, not the sum of the three.
     */
    @Override
    public List<ImageRow> fetchImages() {
        CompletableFuture<List<ImageRow>> shared = CompletableFuture.supplyAsync(() -> list(ImageType.SHARED), chains);
        CompletableFuture<Map<String, List<BundleRef>>> bundles = CompletableFuture.supplyAsync(this::bundlesByImage,
                chains);
        List<ImageRow> rows = new ArrayList<>(list(ImageType.OWNED));
        rows.addAll(join(shared));
        Map<String, List<BundleRef>> bundlesByImage = bundlesOrUnknown(bundles);
        return rows.stream()
                .map(row -> row.withBundles(bundlesByImage == null ? null
                                : bundlesByImage.getOrDefault(row.imageId(), List.of()))
                        .withSharedWith(row.owned() ? sharing.getIfPresent(row.imageId()) : null))
                .toList();
    }

    /** The bundles are best-effort, like sharing: when they cannot be listed, the images still arrive. */
    private @Nullable Map<String, List<BundleRef>> bundlesOrUnknown(CompletableFuture<Map<String, List<BundleRef>>> bundles) {
        try {
            return join(bundles);
        }
        catch (RuntimeException ex) {
            log.warn("Bundles of account {} region {} stay unknown for now: {}", key.accountId(), key.region(),
                    InventoryRefresher.describe(ex));
            return null;
        }
    }

    private List<ImageRow> list(ImageType type) {
        return Pages.fetchAll(
                token -> workspaces.describeWorkspaceImages(request -> request
                        .imageType(type)
                        .maxResults(PAGE_SIZE)
                        .nextToken(token)),
                page -> page.images().stream().map(image -> ImageRows.from(image, key, type.toString())).toList(),
                DescribeWorkspaceImagesResponse::nextToken);
    }

    /** The chain's own exception, not the future's wrapper, so that the source reports the AWS error. */
    private static <T> T join(CompletableFuture<T> chain) {
        try {
            return chain.join();
        }
        catch (CompletionException ex) {
            if (ex.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw ex;
        }
    }

    @Override
    public boolean sharingOutdated(List<ImageRow> rows) {
        return rows.stream().anyMatch(row -> row.owned() && row.sharedWith() == null);
    }

    /** Stops at the first failure: the rest would most likely fail alike, and stay unknown until later. */
    @Override
    public List<ImageRow> withSharing(List<ImageRow> rows) {
        List<ImageRow> enriched = new ArrayList<>(rows.size());
        RuntimeException failure = null;
        for (ImageRow row : rows) {
            if (failure == null && row.owned() && row.sharedWith() == null) {
                try {
                    row = row.withSharedWith(sharing.get(row.imageId(), this::fetchSharedWith));
                }
                catch (RuntimeException ex) {
                    failure = ex;
                    log.warn("Sharing of the owned images in account {} region {} stays unknown for now: {}",
                            key.accountId(), key.region(), InventoryRefresher.describe(ex));
                }
            }
            enriched.add(row);
        }
        return enriched;
    }

    private List<String> fetchSharedWith(String imageId) {
        return Pages.fetchAll(
                token -> workspaces.describeWorkspaceImagePermissions(request -> request
                        .imageId(imageId)
                        .maxResults(PAGE_SIZE)
                        .nextToken(token)),
                page -> page.imagePermissions().stream().map(ImagePermission::sharedAccountId).toList(),
                DescribeWorkspaceImagePermissionsResponse::nextToken);
    }

    private Map<String, List<BundleRef>> bundlesByImage() {
        Map<String, Integer> running = workspacesPerBundle();
        return workspaces.describeWorkspaceBundlesPaginator(request -> { }).bundles().stream()
                .filter(bundle -> bundle.imageId() != null)
                .collect(Collectors.groupingBy(WorkspaceBundle::imageId,
                        Collectors.mapping(bundle -> bundle(bundle, running), Collectors.toList())));
    }

    private static BundleRef bundle(WorkspaceBundle bundle, @Nullable Map<String, Integer> running) {
        return new BundleRef(bundle.bundleId(), bundle.name(), bundle.stateAsString(),
                bundle.computeType() == null ? null : bundle.computeType().nameAsString(), bundle.lastUpdatedTime(),
                running == null ? null : running.getOrDefault(bundle.bundleId(), 0));
    }

    /**
     * How many WorkSpaces run on each bundle: {@code DescribeWorkspaces} pages by 25, so a large fleet
     * costs many calls; they are counted at most once an hour, and stay unknown (null) when they cannot
     * be listed.
     */
    private @Nullable Map<String, Integer> workspacesPerBundle() {
        try {
            return workspaceCounts.get(key, unused -> countWorkspaces());
        }
        catch (RuntimeException ex) {
            log.warn("WorkSpaces of account {} region {} stay uncounted for now: {}", key.accountId(), key.region(),
                    InventoryRefresher.describe(ex));
            return null;
        }
    }

    private Map<String, Integer> countWorkspaces() {
        return workspaces.describeWorkspacesPaginator(request -> request.limit(PAGE_SIZE)).workspaces().stream()
                .filter(workspace -> workspace.bundleId() != null)
                .collect(Collectors.groupingBy(Workspace::bundleId, Collectors.summingInt(workspace -> 1)));
    }

    /** Closes the source's client, once the source is no longer read. */
    @Override
    public void close() {
        workspaces.close();
    }

}
