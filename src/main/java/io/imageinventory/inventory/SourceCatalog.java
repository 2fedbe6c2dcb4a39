package io.imageinventory.inventory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.metrics.MetricPublisher;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;

import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * Knows which (account, region) sources to read: the base credentials' own account, the accounts
 * listed by hand and those discovered in the organisation, each once. Every source's client and
 * every role's credentials are built once and reused by every refresh; assumed-role credentials
 * renew themselves before they expire.
 */
final class SourceCatalog implements AutoCloseable {

    /** Stands for the base credentials' account while its id cannot be resolved. */
    static final String UNRESOLVED_ACCOUNT = "unresolved";

    private static final String SESSION_NAME = "image-inventory";

    private final AwsClients clients;

    private final Function<SourceKey, MetricPublisher> metrics;

    private final ExecutorService chains = Executors.newCachedThreadPool(new CustomizableThreadFactory("inventory-pages-"));

    private final AwsCredentialsProvider baseCredentials;

    private final List<Region> regions;

    private final boolean includeOwnAccount;

    private final List<AccountSpec> listedAccounts;

    private final StsClient baseSts;

    private final @Nullable OrganizationAccounts organization;

    private final Map<String, StsAssumeRoleCredentialsProvider> roleCredentials = new ConcurrentHashMap<>();

    private final Map<SourceKey, WorkSpacesImageSource> sources = new ConcurrentHashMap<>();

    private final Map<SourceKey, WorkSpacesClient> workspacesClients = new ConcurrentHashMap<>();

    private volatile @Nullable String ownAccountId;

    SourceCatalog(AwsClients clients, Function<SourceKey, MetricPublisher> metrics,
            AwsCredentialsProvider baseCredentials, List<Region> regions, InventoryProperties properties) {
        this.clients = clients;
        this.metrics = metrics;
        this.baseCredentials = baseCredentials;
        this.regions = List.copyOf(regions);
        this.listedAccounts = properties.accounts().stream()
                .map(account -> AccountSpec.role(account.roleArn(), account.externalId(), account.name()))
                .toList();
        String organizationRole = properties.organization().roleArn();
        this.includeOwnAccount = properties.includeOwnAccount()
                || (listedAccounts.isEmpty() && organizationRole == null);
        this.baseSts = clients.sts(baseCredentials, regions.get(0));
        this.organization = organizationRole == null ? null : new OrganizationAccounts(
                clients.organizations(credentialsFor(organizationRole, null)), organizationRole,
                properties.organization().memberRoleName());
    }

    /** The sources of the coming refresh. */
    List<ImageSource> sources() {
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
        if (organization != null) {
            organization.accounts().forEach(account -> accounts.putIfAbsent(account.accountId(), account));
        }
        for (AccountSpec account : accounts.values()) {
            regions.forEach(region -> all.add(source(account, region)));
        }
        return all;
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

    private ImageSource source(AccountSpec account, Region region) {
        SourceKey key = new SourceKey(account.accountId(), region.id());
        return sources.computeIfAbsent(key, k -> new WorkSpacesImageSource(k, account.name(),
                workspacesClients.computeIfAbsent(k, unused -> clients.workspaces(credentialsOf(account), region, metrics.apply(k))), chains));
    }

    private AwsCredentialsProvider credentialsOf(AccountSpec account) {
        String roleArn = account.roleArn();
        return roleArn == null ? baseCredentials : credentialsFor(roleArn, account.externalId());
    }

    /** One auto-refreshing provider per role, shared by all regions of its account. */
    private AwsCredentialsProvider credentialsFor(String roleArn, @Nullable String externalId) {
        return roleCredentials.computeIfAbsent(roleArn, arn -> StsAssumeRoleCredentialsProvider.builder()
                .stsClient(baseSts)
                .refreshRequest(request -> request.roleArn(arn).roleSessionName(SESSION_NAME).externalId(externalId))
                .build());
    }

    /** Forgets the built sources, their clients and caches; the next refresh builds them again. */
    void forgetSources() {
        workspacesClients.values().forEach(WorkSpacesClient::close);
        workspacesClients.clear();
        sources.clear();
    }

    @Override
    public void close() {
        forgetSources();
        chains.shutdownNow();
        roleCredentials.values().forEach(StsAssumeRoleCredentialsProvider::close);
        if (organization != null) {
            organization.close();
        }
        baseSts.close();
    }

}
