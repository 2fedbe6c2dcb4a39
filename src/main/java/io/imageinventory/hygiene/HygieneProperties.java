package io.imageinventory.hygiene;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The {@code inventory.hygiene.*} settings of the product contract.
 *
 * @param maxImageAge an image older than this is stale (CIS AWS End User Compute Services Benchmark 2.13:
 * 90 days)
 * @param trustedAccounts accounts an image may be shared with or come from without a warning, besides the
 * accounts this inventory reads and, with discovery on, the organisation's
 * @param quotaWarning the share of a region's image quota at which it warns
 */
@Validated
@ConfigurationProperties("inventory.hygiene")
public record HygieneProperties(
        @DefaultValue("90d") @NotNull @DurationMin(days = 1, message = "must be at least a day, such as 90d") Duration maxImageAge,
        @DefaultValue List<@Pattern(regexp = "\\d{12}", message = "must be a 12-digit AWS account id") String> trustedAccounts,
        @DefaultValue("0.8") @DecimalMin(value = "0.0", inclusive = false, message = "must be a share above 0 and at most 1, such as 0.8")
        @DecimalMax(value = "1.0", message = "must be a share above 0 and at most 1, such as 0.8") double quotaWarning) {
}
