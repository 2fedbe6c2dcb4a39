package io.imageinventory.inventory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.metrics.MetricPublisher;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;

/**
 * Knows which (account, region) sources to read: the base credentials' own account, the accounts
 * listed by hand and those discovered in the organisation, each once. Every source's client and
 * every role's credentials are built once and reused by every refresh; assumed-role credentials
 * renew themselves before they expire. A source that is no longer listed (an account left the
 * organisation) has its client and credentials closed.
 */
final class SourceCatalog implements AutoCloseable {

    /** Stands for the base credentials' account while its id cannot be resolved. */
    static final String UNRESOLVED_ACCOUNT = "unresolved";

    private static final String SESSION_NAME = "image-inventory";

    private final AwsClients clients;

    private final Function<SourceKey, MetricPublisher> metrics;

    private final Executor chains;

    private final AwsCredentialsProvider baseCredentials;

    private final List<Region> regions;

    private final boolean includeOwnAccount;

    private final List<AccountSpec> listedAccounts;

    private final @Nullable RoleKey organizationRole;

    private final @Nullable OrganizationAccounts organization;

    private final Map<String, StsClient> stsByPartition = new ConcurrentHashMap<>();

    private final Map<RoleKey, StsAssumeRoleCredentialsProvider> roleCredentials = new ConcurrentHashMap<>();

    private final Map<SourceKey, WorkSpacesImageSource> sources = new ConcurrentHashMap<>();

    private volatile @Nullable String ownAccountId;

    SourceCatalog(AwsClients clients, Function<SourceKey, MetricPublisher> metrics,
            AwsCredentialsProvider baseCredentials, List<Region> regions, InventoryProperties properties,
            Executor chains) {
        this.clients = clients;
        this.chains = chains;
        this.metrics = metrics;
        this.baseCredentials = baseCredentials;
        this.regions = List.copyOf(regions);
        this.listedAccounts = properties.accounts().stream()
                .map(account -> AccountSpec.role(account.roleArn(), account.externalId(), account.name()))
                .toList();
        String organizationRoleArn = properties.organization().roleArn();
        this.includeOwnAccount = properties.includeOwnAccount()
                || (listedAccounts.isEmpty() && organizationRoleArn == null);
        this.organizationRole = organizationRoleArn == null ? null : new RoleKey(organizationRoleArn, null);
        this.organization = organizationRole == null ? null : new OrganizationAccounts(
                clients.organizations(credentialsFor(organizationRole),
                        Partitions.organizationsRegion(AccountSpec.partitionOf(organizationRoleArn))),
                organizationRoleArn, properties.organization().memberRoleName());
    }

    /** The sources of the coming refresh, and why the list may be incomplete. */
    SourceList sources() {
        Map<String, AccountSpec> accounts = new LinkedHashMap<>();
        List<ImageSource> all = new ArrayList<>();
        if (includeOwnAccount) {
            try {
                AccountSpec own = AccountSpec.own(ownAccountId());
                accounts.put(own.accountId(), own);
            }
            catch (RuntimeException ex) {
                regions.forEach(region -> all.add(ImageSource.unreachable(
                        new SourceKey(UNRESOLVED_ACCOUNT, region.id()), UNRESOLVED_ACCOUNT, ex)));
            }
        }
        listedAccounts.forEach(account -> accounts.putIfAbsent(account.accountId(), account));
        String problem = null;
        if (organization != null) {
            OrganizationAccounts.Listing listing = organization.accounts();
            listing.accounts().forEach(account -> accounts.putIfAbsent(account.accountId(), account));
            problem = listing.problem();
        }
        for (AccountSpec account : accounts.values()) {
            regions.forEach(region -> all.add(source(account, region)));
        }
        forgetAllBut(all, accounts.values());
        return new SourceList(all, problem);
    }

    /** The base credentials' account, asked of STS once it answers and then kept. */
    private String ownAccountId() {
        String known = ownAccountId;
        if (known == null) {
            known = sts(Partitions.of(regions.get(0))).getCallerIdentity().account();
            ownAccountId = known;
        }
        return known;
    }

    private ImageSource source(AccountSpec account, Region region) {
        SourceKey key = new SourceKey(account.accountId(), region.id());
        return sources.computeIfAbsent(key, k -> new WorkSpacesImageSource(k, account.name(),
                clients.workspaces(credentialsOf(account), region, metrics.apply(k)), chains));
    }

    private AwsCredentialsProvider credentialsOf(AccountSpec account) {
        String roleArn = account.roleArn();
        return roleArn == null ? baseCredentials : credentialsFor(new RoleKey(roleArn, account.externalId()));
    }

    /**
     * One auto-refreshing provider per role and external id, shared by all regions of its account and
     * assumed through the STS of the role's partition.
     */
    private AwsCredentialsProvider credentialsFor(RoleKey role) {
        return roleCredentials.computeIfAbsent(role, key -> StsAssumeRoleCredentialsProvider.builder()
                .stsClient(sts(AccountSpec.partitionOf(key.roleArn())))
                .refreshRequest(request -> request.roleArn(key.roleArn()).roleSessionName(SESSION_NAME)
                        .externalId(key.externalId()))
                .build());
    }

    private StsClient sts(String partition) {
        return stsByPartition.computeIfAbsent(partition,
                key -> clients.sts(baseCredentials, Partitions.stsRegion(key, regions)));
    }

    /** Closes the clients of sources and the credentials of roles that the coming refresh no longer reads. */
    private void forgetAllBut(List<ImageSource> current, Iterable<AccountSpec> accounts) {
        Set<SourceKey> keys = new HashSet<>();
        current.forEach(source -> keys.add(source.key()));
        sources.entrySet().removeIf(entry -> {
            boolean gone = !keys.contains(entry.getKey());
            if (gone) {
                entry.getValue().close();
            }
            return gone;
        });
        Set<RoleKey> roles = new HashSet<>();
        accounts.forEach(account -> {
            if (account.roleArn() != null) {
                roles.add(new RoleKey(account.roleArn(), account.externalId()));
            }
        });
        if (organizationRole != null) {
            roles.add(organizationRole);
        }
        roleCredentials.entrySet().removeIf(entry -> {
            boolean gone = !roles.contains(entry.getKey());
            if (gone) {
                entry.getValue().close();
            }
            return gone;
        });
    }

    /** The sources whose clients are open. */
    Set<SourceKey> openSources() {
        return Set.copyOf(sources.keySet());
    }

    /** Forgets the built sources and their clients; the next refresh builds them again. */
    void forgetSources() {
        sources.values().forEach(WorkSpacesImageSource::close);
        sources.clear();
    }

    @Override
    public void close() {
        forgetSources();
        roleCredentials.values().forEach(StsAssumeRoleCredentialsProvider::close);
        if (organization != null) {
            organization.close();
        }
        stsByPartition.values().forEach(StsClient::close);
    }

    /**
     * The sources of one refresh.
     *
     * @param sources every source to read
     * @param problem why the list may be incomplete (the organisation could not be listed), or null
     */
    record SourceList(List<ImageSource> sources, @Nullable String problem) {
    }

    private record RoleKey(String roleArn, @Nullable String externalId) {
    }

}
