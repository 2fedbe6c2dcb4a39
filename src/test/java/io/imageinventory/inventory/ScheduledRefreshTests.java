package io.imageinventory.inventory;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schedule reads {@code inventory.refresh-interval} in every form the settings accept.
 */
class ScheduledRefreshTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Schedule.class);

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "15m, PT15M", "PT15M, PT15M", "90s, PT1M30S", "900000, PT15M", "2h, PT2H" })
    void shouldRefreshEveryIntervalInEveryFormTheSettingsAccept(String setting, Duration interval) {
        runner.withPropertyValues("inventory.refresh-interval=" + setting).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(InventoryProperties.class).refreshInterval()).isEqualTo(interval);
            assertThat(context.getBean(ScheduledTaskHolder.class).getScheduledTasks())
                    .extracting(task -> ((FixedDelayTask) task.getTask()).getIntervalDuration())
                    .containsExactly(interval);
        });
    }

    @Test
    void shouldRefreshEveryIntervalOfTheSettingsDefaultWhenNoneIsSet() {
        runner.run(context -> assertThat(context.getBean(ScheduledTaskHolder.class).getScheduledTasks())
                .extracting(task -> ((FixedDelayTask) task.getTask()).getIntervalDuration())
                .containsExactly(context.getBean(InventoryProperties.class).refreshInterval()));
    }

    /** The schedule with a refresher that has nothing to read, so that its first run ends at once. */
    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    @EnableConfigurationProperties(InventoryProperties.class)
    @Import(ScheduledRefresh.class)
    static class Schedule {

        @Bean
        InventoryRefresher inventoryRefresher() {
            return InventoryFixtures.refresher(InventoryFixtures.store(), Runnable::run);
        }

    }

}
