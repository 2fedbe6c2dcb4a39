package io.imageinventory.inventory;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invalid settings stop start-up with a message that names the property and the expected form.
 */
class InventoryPropertiesTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(PropertiesOnly.class);

    @Test
    void shouldBindTheDefaults() {
        runner.run(context -> {
            InventoryProperties properties = context.getBean(InventoryProperties.class);
            assertThat(properties.refreshInterval()).hasMinutes(15);
            assertThat(properties.parallelism()).isEqualTo(8);
            assertThat(properties.includeOwnAccount()).isTrue();
            assertThat(properties.organization().memberRoleName()).isEqualTo("ImageInventoryReader");
            assertThat(properties.regions()).isEmpty();
        });
    }

    @Test
    void shouldAcceptShortAndIsoDurations() {
        runner.withPropertyValues("inventory.refresh-interval=PT5M").run(context ->
                assertThat(context.getBean(InventoryProperties.class).refreshInterval()).hasMinutes(5));
        runner.withPropertyValues("inventory.refresh-interval=5m").run(context ->
                assertThat(context.getBean(InventoryProperties.class).refreshInterval()).hasMinutes(5));
    }

    @Test
    void shouldRejectAMalformedRegion() {
        assertFailsNaming("inventory.regions=us-east-1,Frankfurt", "inventory.regions[1]", "an AWS region such as us-east-1");
    }

    @Test
    void shouldRejectANonPositiveInterval() {
        assertFailsNaming("inventory.refresh-interval=-5m", "inventory.refreshInterval", "a positive duration");
        assertFailsNaming("inventory.refresh-interval=0s", "inventory.refreshInterval", "a positive duration");
    }

    @Test
    void shouldRejectARoleArnThatIsNotAnArn() {
        assertFailsNaming("inventory.accounts[0].role-arn=ImageInventoryReader", "inventory.accounts[0].roleArn",
                "an IAM role ARN such as arn:aws:iam::123456789012:role/");
    }

    @Test
    void shouldRejectARoleArnWithAMalformedAccountId() {
        assertFailsNaming("inventory.accounts[0].role-arn=arn:aws:iam::12345:role/Reader",
                "inventory.accounts[0].roleArn", "an IAM role ARN");
        assertFailsNaming("inventory.organization.role-arn=arn:aws:iam::1234567890123:role/Org",
                "inventory.organization.roleArn", "an IAM role ARN");
    }

    @Test
    void shouldRejectParallelismOutOfRange() {
        assertFailsNaming("inventory.parallelism=0", "inventory.parallelism", "between 1 and 64");
    }

    private void assertFailsNaming(String setting, String property, String expectedForm) {
        runner.withPropertyValues(setting).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().message()
                    .contains(property)
                    .contains(expectedForm);
        });
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(InventoryProperties.class)
    static class PropertiesOnly {
    }

}
