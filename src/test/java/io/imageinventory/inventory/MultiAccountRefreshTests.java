package io.imageinventory.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.imageinventory.dev.FakeAws;
import io.imageinventory.dev.FakeError;
import io.imageinventory.inventory.InventoryProperties.Account;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.organizations.OrganizationsClient;

import static io.imageinventory.dev.FakeAws.DEFAULT_ACCOUNT;
import static io.imageinventory.inventory.InventoryRefresherTests.images;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Many accounts and regions in one inventory: roles assumed through STS, accounts discovered in the
 * organisation, every source isolated from the others. Real SDK clients over HTTP against the fake.
 */
class MultiAccountRefreshTests {

    private static final List<String> REGIONS = List.of("us-east-1", "eu-west-1", "ap-southeast-2");

    private static final String DEV = "222222222222";

    private static final String PROD = "333333333333";

    private static final String LOCKED = "444444444444";

    private static final String DEV_ROLE = "arn:aws:iam::" + DEV + ":role/ImageInventoryReader";

    private static final String PROD_ROLE = "arn:aws:iam::" + PROD + ":role/ImageInventoryReader";

    private static final String LOCKED_ROLE = "arn:aws:iam::" + LOCKED + ":role/ImageInventoryReader";

    private final FakeAws aws = FakeAws.start(0);

    private TestInventory inventory;

    @AfterEach
    void stop() {
        if (inventory != null) {
            inventory.close();
        }
        aws.close();
    }

    @Test
    void shouldReadEveryGoodSourceAndReportTheBadOnesKeepingTheirLastGoodImages() {
        aws.role(DEV_ROLE).role(PROD_ROLE, "prod-external-id");
        for (String account : List.of(DEFAULT_ACCOUNT, DEV, PROD)) {
            aws.images(account, "us-east-1", "OWNED", images("wsi-" + account + "-use1", 30, account));
            aws.images(account, "eu-west-1", "OWNED", images("wsi-" + account + "-euw1", 7, account));
            aws.images(account, "eu-west-1", "SHARED", images("wsi-" + account + "-shared", 2, "999999999999"));
        }
        inventory = new TestInventory(TestInventory.properties(aws.endpoint(), REGIONS, List.of(
                new Account(DEV_ROLE, null, "Development"),
                new Account(PROD_ROLE, "prod-external-id", "Production"),
                new Account(LOCKED_ROLE, null, "Locked")), true, null, 8));

        InventorySnapshot first = inventory.refresh();

        assertThat(first.sources()).hasSize(4 * 3);
        Map<String, Long> perAccount = first.images().stream()
                .collect(Collectors.groupingBy(ImageRow::accountId, Collectors.counting()));
        assertThat(perAccount).containsOnly(Map.entry(DEFAULT_ACCOUNT, 39L), Map.entry(DEV, 39L), Map.entry(PROD, 39L));
        assertThat(first.sources()).filteredOn(source -> source.key().accountId().equals(LOCKED)).hasSize(3)
                .allSatisfy(source -> {
                    assertThat(source.accountName()).isEqualTo("Locked");
                    assertThat(source.lastError()).startsWith("AccessDenied: User: arn:aws:iam::" + DEFAULT_ACCOUNT)
                            .contains("sts:AssumeRole");
                    assertThat(source.images()).isEmpty();
                });
        assertThat(first.sources()).filteredOn(source -> source.key().region().equals("ap-southeast-2"))
                .filteredOn(source -> !source.key().accountId().equals(LOCKED))
                .hasSize(3).allSatisfy(source -> {
                    assertThat(source.failing()).isFalse();
                    assertThat(source.images()).isEmpty();
                });
        assertThat(first.sources()).filteredOn(source -> source.key().accountId().equals(PROD))
                .extracting(SourceState::accountName).containsOnly("Production");

        aws.deny(DEV, "us-east-1", FakeError.ACCESS_DENIED);
        InventorySnapshot second = inventory.refresh();

        SourceState denied = source(second, DEV, "us-east-1");
        assertThat(denied.lastError()).startsWith("AccessDeniedException");
        assertThat(denied.images()).hasSize(30);
        assertThat(second.images()).hasSize(first.images().size());
        assertThat(second.sources()).filteredOn(SourceState::failing).hasSize(3 + 1);
    }

    @Test
    void shouldAssumeEachRoleOnceAndReuseItsCredentialsAcrossRegionsAndRefreshes() {
        aws.role(DEV_ROLE);
        inventory = new TestInventory(TestInventory.properties(aws.endpoint(), REGIONS,
                List.of(new Account(DEV_ROLE, null, null)), false, null, 8));

        inventory.refresh();
        InventorySnapshot second = inventory.refresh();

        assertThat(aws.callCount("STS.AssumeRole")).isEqualTo(1);
        assertThat(aws.callCount("STS.GetCallerIdentity")).isZero();
        assertThat(second.sources()).extracting(source -> source.key().accountId()).containsOnly(DEV);
        assertThat(second.sources()).extracting(SourceState::accountName).containsOnly(DEV);
    }

    @Test
    void shouldDiscoverActiveOrganizationAccountsWithoutDuplicates() {
        String managementRole = "arn:aws:iam::" + DEFAULT_ACCOUNT + ":role/OrganizationReader";
        aws.role(managementRole).role(DEV_ROLE).role(PROD_ROLE)
                .organizationAccount(DEV, "Development (from Organizations)", "ACTIVE")
                .organizationAccount(PROD, "Production", "ACTIVE")
                .organizationAccount(LOCKED, "Closed account", "SUSPENDED");
        for (int i = 0; i < 23; i++) {
            aws.organizationAccount("5555555555%02d".formatted(i), "Member " + i, "ACTIVE");
            aws.role("arn:aws:iam::5555555555%02d:role/ImageInventoryReader".formatted(i));
        }
        aws.images(PROD, "us-east-1", "OWNED", images("wsi-prod", 3, PROD));
        inventory = new TestInventory(TestInventory.properties(aws.endpoint(), List.of("us-east-1"),
                List.of(new Account(DEV_ROLE, null, "Dev by hand")), true, managementRole, 8));

        InventorySnapshot snapshot = inventory.refresh();

        assertThat(snapshot.sources()).extracting(source -> source.key().accountId())
                .doesNotHaveDuplicates()
                .contains(DEFAULT_ACCOUNT, DEV, PROD)
                .doesNotContain(LOCKED)
                .hasSize(1 + 2 + 23);
        assertThat(source(snapshot, DEV, "us-east-1").accountName()).isEqualTo("Dev by hand");
        assertThat(source(snapshot, PROD, "us-east-1").accountName()).isEqualTo("Production");
        assertThat(snapshot.sources()).allSatisfy(source -> assertThat(source.lastError()).isNull());
        assertThat(snapshot.images()).hasSize(3);
        assertThat(aws.callCount("AWSOrganizationsV20161128.ListAccounts")).isEqualTo(2);
    }

    @Test
    void shouldKeepTheLastGoodAccountsAndSaySoWhenTheOrganizationSuddenlyListsNoActiveAccount() {
        String managementRole = "arn:aws:iam::" + DEFAULT_ACCOUNT + ":role/OrganizationReader";
        aws.role(managementRole).role(DEV_ROLE).organizationAccount(DEV, "Development", "ACTIVE");
        aws.images(DEV, "us-east-1", "OWNED", images("wsi-dev", 2, DEV));
        inventory = new TestInventory(TestInventory.properties(aws.endpoint(), List.of("us-east-1"), List.of(), false,
                managementRole, 8));
        assertThat(inventory.refresh().sourcesError()).isNull();

        aws.clearOrganization().organizationAccount(DEV, "Development", "PENDING_CLOSURE");
        InventorySnapshot second = inventory.refresh();

        assertThat(second.sourcesError()).contains("could not be listed", "NoActiveAccount");
        assertThat(second.sources()).extracting(source -> source.key().accountId()).containsExactly(DEV);
        assertThat(second.images()).hasSize(2);
    }

    @Test
    void shouldKeepTheLastGoodAccountsWhenOrganizationsAnswersItsOwnError() {
        String managementRole = "arn:aws:iam::" + DEFAULT_ACCOUNT + ":role/OrganizationReader";
        aws.role(managementRole).role(DEV_ROLE).organizationAccount(DEV, "Development", "ACTIVE")
                .failOnce(FakeAws.LIST_ACCOUNTS, 0, FakeError.ORGANIZATIONS_TOO_MANY_REQUESTS);
        inventory = new TestInventory(TestInventory.properties(aws.endpoint(), List.of("us-east-1"), List.of(), false,
                managementRole, 8));
        InventorySnapshot first = inventory.refresh();
        assertThat(first.sourcesError()).isNull();
        assertThat(first.sources()).extracting(source -> source.key().accountId()).containsExactly(DEV);

        aws.failOnce(FakeAws.LIST_ACCOUNTS, 0, FakeError.ORGANIZATIONS_NOT_IN_USE);
        InventorySnapshot second = inventory.refresh();

        assertThat(second.sourcesError())
                .contains("AWSOrganizationsNotInUseException: Your account is not a member of an organization.");
        assertThat(second.sources()).extracting(source -> source.key().accountId()).containsExactly(DEV);
        assertThat(inventory.refresh().sourcesError()).isNull();
    }

    @Test
    void shouldListTheOrganizationAndAssumeRolesInTheRolesOwnPartition() {
        String managementRole = "arn:aws-cn:iam::" + DEFAULT_ACCOUNT + ":role/OrganizationReader";
        String memberRole = "arn:aws-cn:iam::" + DEV + ":role/ImageInventoryReader";
        aws.role(managementRole).role(memberRole).organizationAccount(DEV, "Development", "ACTIVE");
        aws.images(DEV, "cn-north-1", "OWNED", images("wsi-cn", 3, DEV));
        inventory = new TestInventory(TestInventory.properties(aws.endpoint(), List.of("cn-north-1"), List.of(), false,
                managementRole, 8));

        InventorySnapshot snapshot = inventory.refresh();

        assertThat(snapshot.images()).hasSize(3);
        assertThat(aws.calls()).filteredOn(call -> call.operation().equals(FakeAws.LIST_ACCOUNTS))
                .extracting(FakeAws.Call::region).containsOnly("aws-cn-global");
        assertThat(aws.calls()).filteredOn(call -> call.operation().equals("STS.AssumeRole"))
                .extracting(FakeAws.Call::region).containsOnly("cn-north-1");
        assertThat(Partitions.stsRegion("aws-us-gov", List.of(Region.US_EAST_1))).isEqualTo(Region.US_GOV_WEST_1);
    }

    /** Without an endpoint override the SDK sends the partition's global pseudo-region to the partition's endpoint. */
    @ParameterizedTest
    @CsvSource({ "aws, organizations.us-east-1.amazonaws.com", "aws-cn, organizations.cn-northwest-1.amazonaws.com.cn",
            "aws-us-gov, organizations.us-gov-west-1.amazonaws.com" })
    void shouldSendOrganizationsCallsToThePartitionsEndpoint(String partition, String host) {
        List<String> hosts = new ArrayList<>();
        ExecutionInterceptor stopBeforeSending = new ExecutionInterceptor() {
            @Override
            public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
                hosts.add(context.httpRequest().host());
                throw new IllegalStateException("not sent");
            }
        };
        try (OrganizationsClient organizations = OrganizationsClient.builder()
                .region(Partitions.organizationsRegion(partition))
                .credentialsProvider(TestInventory.DEMO_CREDENTIALS)
                .overrideConfiguration(config -> config.addExecutionInterceptor(stopBeforeSending))
                .build()) {
            assertThatIllegalStateException().isThrownBy(organizations::listAccounts);
        }
        assertThat(hosts).containsExactly(host);
    }

    @Test
    void shouldCloseTheClientsOfAccountsThatLeftTheOrganization() {
        String managementRole = "arn:aws:iam::" + DEFAULT_ACCOUNT + ":role/OrganizationReader";
        aws.role(managementRole).role(DEV_ROLE).role(PROD_ROLE)
                .organizationAccount(DEV, "Development", "ACTIVE").organizationAccount(PROD, "Production", "ACTIVE");
        inventory = new TestInventory(TestInventory.properties(aws.endpoint(), List.of("us-east-1"), List.of(), false,
                managementRole, 8));
        inventory.refresh();

        aws.clearOrganization().organizationAccount(DEV, "Development", "ACTIVE")
                .organizationAccount(PROD, "Production", "CLOSED");
        InventorySnapshot second = inventory.refresh();

        assertThat(second.sources()).extracting(source -> source.key().accountId()).containsExactly(DEV);
        assertThat(inventory.openSources()).containsExactly(new SourceKey(DEV, "us-east-1"));
    }

    @Test
    void shouldReadTheRetiredStatusOnlyWhereAnAccountHasNoState() {
        assertThat(OrganizationAccounts.active(software.amazon.awssdk.services.organizations.model.Account.builder().state("ACTIVE").build())).isTrue();
        assertThat(OrganizationAccounts.active(software.amazon.awssdk.services.organizations.model.Account.builder().state("SUSPENDED").status("ACTIVE").build())).isFalse();
        assertThat(OrganizationAccounts.active(software.amazon.awssdk.services.organizations.model.Account.builder().status("ACTIVE").build())).isTrue();
        assertThat(OrganizationAccounts.active(software.amazon.awssdk.services.organizations.model.Account.builder().build())).isFalse();
    }

    /** That they are read in parallel, within the longest source's time, is measured by RefreshBenchmark. */
    @Test
    void shouldReadNineSourcesWithOneCallPerPageAndNoMore() {
        for (String role : List.of(DEV_ROLE, PROD_ROLE)) {
            aws.role(role);
        }
        for (String account : List.of(DEFAULT_ACCOUNT, DEV, PROD)) {
            for (String region : REGIONS) {
                aws.images(account, region, "OWNED", images("wsi-" + account + region, 60, account));
            }
        }
        inventory = new TestInventory(TestInventory.properties(aws.endpoint(), REGIONS, List.of(
                new Account(DEV_ROLE, null, null), new Account(PROD_ROLE, null, null)), true, null, 9));

        InventorySnapshot snapshot = inventory.refresh();

        assertThat(snapshot.images()).hasSize(9 * 60);
        List<FakeAws.Call> refreshCalls = aws.calls().stream()
                .filter(call -> !call.operation().equals(FakeAws.DESCRIBE_PERMISSIONS))
                .toList();
        // Who am I, two roles assumed, and per source 3 pages of owned images, 1 of shared ones, 1 of bundles and
        // 1 of the WorkSpaces on them.
        assertThat(refreshCalls).hasSize(1 + 2 + 9 * (3 + 1 + 1 + 1));
    }

    private static SourceState source(InventorySnapshot snapshot, String accountId, String region) {
        return snapshot.sources().stream()
                .filter(source -> source.key().equals(new SourceKey(accountId, region)))
                .findFirst().orElseThrow();
    }

}
