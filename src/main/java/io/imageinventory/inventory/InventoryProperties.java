package io.imageinventory.inventory;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.hibernate.validator.constraints.time.DurationMin;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where to look for images and how often: the {@code inventory.*} settings of the product contract.
 *
 * @param regions regions to scan; empty means the AWS SDK's default region
 * @param accounts other accounts reached through a role
 * @param includeOwnAccount also scan with the base credentials when accounts are listed
 * @param organization accounts discovered through AWS Organizations
 * @param parallelism sources refreshed at once
 * @param endpointOverride a base URI used instead of AWS (emulators, tests)
 * @param refreshInterval time between scheduled refreshes
 */
@Validated
@ConfigurationProperties("inventory")
public record InventoryProperties(
        @DefaultValue List<@Pattern(regexp = REGION, message = "must be an AWS region such as us-east-1") String> regions,
        @DefaultValue List<@Valid Account> accounts,
        @DefaultValue("true") boolean includeOwnAccount,
        @Valid @DefaultValue Organization organization,
        @DefaultValue("8") @Min(value = 1, message = "must be between 1 and 64") @Max(value = 64, message = "must be between 1 and 64") int parallelism,
        @Nullable URI endpointOverride,
        @DefaultValue("15m") @NotNull @DurationMin(nanos = 1, message = "must be a positive duration such as 15m or PT15M") Duration refreshInterval) {

    static final String REGION = "[a-z]{2}(-[a-z]+)+-\\d";

    static final String ROLE_ARN = "arn:aws[a-z-]*:iam::\\d{12}:role/[\\w+=,.@/-]+";

    /**
     * Another account, reached by assuming a role in it.
     *
     * @param roleArn the role to assume
     * @param externalId the external id the role's trust policy asks for, if any
     * @param name a display name; the account id when absent
     */
    public record Account(
            @NotNull @Pattern(regexp = ROLE_ARN, message = "must be an IAM role ARN such as arn:aws:iam::123456789012:role/ImageInventoryReader") String roleArn,
            @Nullable String externalId,
            @Nullable String name) {
    }

    /**
     * Accounts discovered through AWS Organizations.
     *
     * @param roleArn a role in the management account allowed {@code organizations:ListAccounts}
     * @param memberRoleName the role name assumed in each discovered account
     */
    public record Organization(
            @Nullable @Pattern(regexp = ROLE_ARN, message = "must be an IAM role ARN such as arn:aws:iam::123456789012:role/OrganizationReader") String roleArn,
            @DefaultValue("ImageInventoryReader") String memberRoleName) {
    }

}
