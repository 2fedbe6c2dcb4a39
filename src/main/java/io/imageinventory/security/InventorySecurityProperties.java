package io.imageinventory.security;

import java.util.List;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Who may do what: the {@code inventory.security.*} settings of the product contract.
 *
 * @param groupsClaim the OIDC or JWT claim holding the user's groups or roles; a dotted path such as
 * {@code realm_access.roles} reaches into nested claims
 * @param adminGroups groups whose members are admins
 * @param viewerGroups groups allowed to view; empty means any signed-in user
 * @param metricsGroups groups whose members (or bearer tokens, such as Prometheus' own) may read
 * {@code /actuator/prometheus} and nothing else
 * @param nameClaim the claim whose value the pages show as the signed-in person's name, before {@code name},
 * {@code preferred_username} and {@code email}; the subject ({@code sub}) stays the principal's name in logs
 */
@Validated
@ConfigurationProperties("inventory.security")
record InventorySecurityProperties(
        @DefaultValue("groups") @NotBlank String groupsClaim,
        @DefaultValue List<@NotBlank String> adminGroups,
        @DefaultValue List<@NotBlank String> viewerGroups,
        @DefaultValue List<@NotBlank String> metricsGroups,
        @DefaultValue("name") @NotBlank String nameClaim) {
}
