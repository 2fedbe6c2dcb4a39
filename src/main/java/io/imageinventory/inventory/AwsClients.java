package io.imageinventory.inventory;

import java.net.URI;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.metrics.MetricPublisher;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;

/**
 * Builds AWS clients that all share one HTTP connection pool, one timeout and retry configuration,
 * and the endpoint override when one is set.
 */
final class AwsClients {

    private final SdkHttpClient http;

    private final ClientOverrideConfiguration overrides;

    private final @Nullable URI endpointOverride;

    AwsClients(SdkHttpClient http, ClientOverrideConfiguration overrides, @Nullable URI endpointOverride) {
        this.http = http;
        this.overrides = overrides;
        this.endpointOverride = endpointOverride;
    }

    /** A source's client, its calls counted by {@code metrics}. */
    WorkSpacesClient workspaces(AwsCredentialsProvider credentials, Region region, MetricPublisher metrics) {
        return configure(WorkSpacesClient.builder(), credentials, region)
                .overrideConfiguration(overrides.toBuilder().addMetricPublisher(metrics).build())
                .build();
    }

    StsClient sts(AwsCredentialsProvider credentials, Region region) {
        return configure(StsClient.builder(), credentials, region).build();
    }

    /** Organizations has one endpoint a partition, named by a global pseudo-region such as {@code aws-cn-global}. */
    OrganizationsClient organizations(AwsCredentialsProvider credentials, Region globalRegion) {
        return configure(OrganizationsClient.builder(), credentials, globalRegion).build();
    }

    private <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> B configure(B builder,
            AwsCredentialsProvider credentials, Region region) {
        builder.httpClient(http)
                .credentialsProvider(credentials)
                .region(region)
                .overrideConfiguration(overrides);
        if (endpointOverride != null) {
            builder.endpointOverride(endpointOverride);
        }
        return builder;
    }

}
