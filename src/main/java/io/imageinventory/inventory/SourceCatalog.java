package io.imageinventory.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;

/**
 * Knows which (account, region) sources to read and builds each source's client once, to be reused
 * by every refresh.
 */
final class SourceCatalog implements AutoCloseable {

    /** Stands for the base credentials' account while its id cannot be resolved. */
    static final String UNRESOLVED_ACCOUNT = "unresolved";

    private final AwsClients clients;

    private final AwsCredentialsProvider baseCredentials;

    private final List<Region> regions;

    private final boolean includeOwnAccount;

    private final Map<SourceKey, ImageSource> sources = new ConcurrentHashMap<>();

    private final Map<SourceKey, WorkSpacesClient> workspacesClients = new ConcurrentHashMap<>();

    private final StsClient baseSts;

    private volatile @Nullable String ownAccountId;

    SourceCatalog(AwsClients clients, AwsCredentialsProvider baseCredentials, List<Region> regions,
            boolean includeOwnAccount) {
        this.clients = clients;
        this.baseCredentials = baseCredentials;
        this.regions = List.copyOf(regions);
        this.includeOwnAccount = includeOwnAccount;
        this.baseSts = clients.sts(baseCredentials, regions.get(0));
    }

    /** The sources of the coming refresh. */
    List<ImageSource> sources() {
        List<ImageSource> all = new ArrayList<>();
        if (includeOwnAccount) {
            all.addAll(ownAccountSources());
        }
        return all;
    }

    private List<ImageSource> ownAccountSources() {
        String accountId;
        try {
            accountId = ownAccountId();
        }
        catch (RuntimeException ex) {
            return regions.stream()
                    .map(region -> ImageSource.unreachable(new SourceKey(UNRESOLVED_ACCOUNT, region.id()),
                            UNRESOLVED_ACCOUNT, ex))
                    .toList();
        }
        return regions.stream().map(region -> source(accountId, accountId, region, baseCredentials)).toList();
    }

    /** The base credentials' account, asked of STS once it answers and then kept. */
    private String ownAccountId() {
        String known = ownAccountId;
        if (known == null) {
            known = baseSts.getCallerIdentity().account();
            ownAccountId = known;
        }
        return known;
    }

    private ImageSource source(String accountId, String accountName, Region region,
            AwsCredentialsProvider credentials) {
        SourceKey key = new SourceKey(accountId, region.id());
        return sources.computeIfAbsent(key, k -> new WorkSpacesImageSource(k, accountName,
                workspacesClients.computeIfAbsent(k, unused -> clients.workspaces(credentials, region))));
    }

    @Override
    public void close() {
        workspacesClients.values().forEach(WorkSpacesClient::close);
        baseSts.close();
    }

}
