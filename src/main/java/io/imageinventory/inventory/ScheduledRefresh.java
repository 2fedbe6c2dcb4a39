package io.imageinventory.inventory;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Refreshes as soon as the application has started and then every {@code inventory.refresh-interval},
 * counted from the end of the previous refresh so that a slow one never overlaps the next. Spring reads
 * the interval as the settings do: ISO-8601 ({@code PT15M}) or {@code 15m}; its default here repeats the
 * settings' own.
 */
@Component
class ScheduledRefresh {

    private static final Logger log = LoggerFactory.getLogger(ScheduledRefresh.class);

    private final InventoryRefresher refresher;

    private final InventoryProperties properties;

    ScheduledRefresh(InventoryRefresher refresher, InventoryProperties properties) {
        this.refresher = refresher;
        this.properties = properties;
    }

    /**
     * Waits for the refresh, but never longer than an interval: the next scheduled run joins a refresh
     * that is still running rather than wait on it for good.
     */
    @Scheduled(fixedDelayString = "${inventory.refresh-interval:15m}")
    void refresh() {
        try {
            refresher.refresh().get(properties.refreshInterval().toMillis(), TimeUnit.MILLISECONDS);
        }
        catch (TimeoutException ex) {
            log.warn("The scheduled refresh is still running after {}; the next one will join it",
                    properties.refreshInterval());
        }
        catch (ExecutionException ex) {
            log.error("The scheduled refresh failed", ex.getCause());
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

}
