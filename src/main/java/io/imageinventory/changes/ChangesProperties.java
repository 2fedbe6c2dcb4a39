package io.imageinventory.changes;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How many changes are kept in memory, newest first; older ones are dropped.
 *
 * @param history the number of changes kept
 */
@Validated
@ConfigurationProperties("inventory.changes")
public record ChangesProperties(
        @DefaultValue("1000") @Min(value = 1, message = "must be between 1 and 100000")
        @Max(value = 100_000, message = "must be between 1 and 100000") int history) {
}
