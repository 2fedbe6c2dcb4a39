package io.imageinventory.dev;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.servicequotas.ServiceQuotasClient;
import software.amazon.awssdk.services.servicequotas.model.NoSuchResourceException;
import software.amazon.awssdk.services.organizations.model.AwsOrganizationsNotInUseException;
import software.amazon.awssdk.services.organizations.model.InvalidInputException;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.model.DescribeWorkspaceImagesResponse;
import software.amazon.awssdk.services.workspaces.model.WorkSpacesException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The fake answers the real SDK client as AWS would.
 */
class FakeAwsTests {

    private final FakeAws aws = FakeAws.start(0);

    private final WorkSpacesClient client = WorkSpacesClient.builder()
            .endpointOverride(aws.endpoint())
            .region(Region.EU_WEST_1)
            .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIAOTHER", "secret")))
            .build();

    @AfterEach
    void stop() {
        client.close();
        aws.close();
    }

    @Test
    void shouldRejectMaxResultsAboveTwentyFiveLikeAws() {
        assertThatExceptionOfType(WorkSpacesException.class)
                .isThrownBy(() -> client.describeWorkspaceImages(request -> request.maxResults(26)))
                .satisfies(ex -> {
                    assertThat(ex.statusCode()).isEqualTo(400);
                    assertThat(ex.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
                });
    }

    @Test
    void shouldListTheImagesOfTheCallersAccountAndRegionOnly() {
        aws.accessKey("AKIAOTHER", "999988887777")
                .images("999988887777", "eu-west-1", "OWNED", List.of(FakeImage.available("wsi-mine", "999988887777")))
                .images("999988887777", "us-east-1", "OWNED", List.of(FakeImage.available("wsi-elsewhere", "999988887777")))
                .images(FakeAws.DEFAULT_ACCOUNT, "eu-west-1", "OWNED", List.of(FakeImage.available("wsi-theirs", "1")));

        DescribeWorkspaceImagesResponse response = client.describeWorkspaceImages(request -> request.imageType("OWNED"));

        assertThat(response.images()).extracting(image -> image.imageId()).containsExactly("wsi-mine");
        assertThat(response.nextToken()).isNull();
    }

    @Test
    void shouldAnswerTheSamePageTokenAgainAsAwsDoesForARetry() {
        aws.accessKey("AKIAOTHER", "999988887777").images("999988887777", "eu-west-1", "OWNED",
                IntStream.range(0, 30).mapToObj(i -> FakeImage.available("wsi-" + i, "999988887777")).toList());
        String token = client.describeWorkspaceImages(request -> request.imageType("OWNED")).nextToken();

        DescribeWorkspaceImagesResponse first = client.describeWorkspaceImages(request -> request.imageType("OWNED").nextToken(token));
        DescribeWorkspaceImagesResponse retried = client.describeWorkspaceImages(request -> request.imageType("OWNED").nextToken(token));

        assertThat(retried.images()).hasSize(5).isEqualTo(first.images());
    }

    @Test
    void shouldAnswerOrganizationsErrorsInItsOwnShape() {
        try (OrganizationsClient organizations = OrganizationsClient.builder()
                .endpointOverride(aws.endpoint())
                .region(Region.AWS_GLOBAL)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIAOTHER", "secret")))
                .build()) {
            assertThatExceptionOfType(InvalidInputException.class)
                    .isThrownBy(() -> organizations.listAccounts(request -> request.maxResults(21)))
                    .satisfies(ex -> assertThat(ex.awsErrorDetails().errorMessage()).isNotBlank());
            aws.failOnce(FakeAws.LIST_ACCOUNTS, 0, FakeError.ORGANIZATIONS_NOT_IN_USE);
            assertThatExceptionOfType(AwsOrganizationsNotInUseException.class)
                    .isThrownBy(organizations::listAccounts)
                    .satisfies(ex -> assertThat(ex.awsErrorDetails().errorMessage())
                            .isEqualTo("Your account is not a member of an organization."));
            aws.organizationAccount("222233334444", "Member", "ACTIVE");
            assertThat(organizations.listAccounts().accounts()).singleElement().satisfies(account -> {
                assertThat(account.stateAsString()).isEqualTo("ACTIVE");
                assertThat(account.statusAsString()).isNull();
            });
        }
    }

    @Test
    void shouldRejectATokenItDidNotIssue() {
        assertThatExceptionOfType(WorkSpacesException.class)
                .isThrownBy(() -> client.describeWorkspaceImages(request -> request.nextToken("forged")))
                .satisfies(ex -> assertThat(ex.awsErrorDetails().errorCode()).isEqualTo("InvalidParameterValuesException"));
    }

    @Test
    void shouldListWorkSpacesInPagesOfTheirLimitLikeAws() {
        aws.accessKey("AKIAOTHER", "999988887777");
        IntStream.range(0, 30).forEach(i -> aws.workspace("999988887777", "eu-west-1", "ws-%08d".formatted(i), "wsb-1"));

        List<String> listed = client.describeWorkspacesPaginator(request -> request.limit(25)).workspaces().stream()
                .map(workspace -> workspace.workspaceId()).toList();

        assertThat(listed).hasSize(30).doesNotHaveDuplicates();
        assertThat(aws.callCount(FakeAws.DESCRIBE_WORKSPACES)).isEqualTo(2);
        assertThatExceptionOfType(WorkSpacesException.class)
                .isThrownBy(() -> client.describeWorkspaces(request -> request.limit(26)))
                .satisfies(ex -> assertThat(ex.awsErrorDetails().errorCode()).isEqualTo("ValidationException"));
    }

    @Test
    void shouldAnswerServiceQuotasWithTheImagesQuotaOrItsErrors() {
        try (ServiceQuotasClient quotas = ServiceQuotasClient.builder()
                .endpointOverride(aws.endpoint())
                .region(Region.EU_WEST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIAOTHER", "secret")))
                .build()) {
            aws.accessKey("AKIAOTHER", "999988887777");
            assertThatExceptionOfType(NoSuchResourceException.class)
                    .isThrownBy(() -> quotas.listServiceQuotas(request -> request.serviceCode("workspaces")));

            aws.imageQuota("999988887777", "eu-west-1", 60);
            assertThat(quotas.listServiceQuotasPaginator(request -> request.serviceCode("workspaces")).quotas())
                    .filteredOn(quota -> quota.quotaName().equals("Images")).singleElement()
                    .satisfies(quota -> assertThat(quota.value()).isEqualTo(60.0));

            aws.quotasAnswer("999988887777", "eu-west-1", FakeError.ACCESS_DENIED);
            assertThatExceptionOfType(software.amazon.awssdk.services.servicequotas.model.AccessDeniedException.class)
                    .isThrownBy(() -> quotas.listServiceQuotas(request -> request.serviceCode("workspaces")))
                    .satisfies(ex -> assertThat(ex.awsErrorDetails().errorMessage()).isNotBlank());
        }
    }

}
