package io.imageinventory.inventory;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Refreshes once the application is ready and then every {@code inventory.refresh-interval},
 * counted from the end of the previous refresh so that a slow one never overlaps the next.
 */
@Component
class ScheduledRefresh {

    private static final Logger log = LoggerFactory.getLogger(ScheduledRefresh.class);

    private final TaskScheduler scheduler;

    private final InventoryRefresher refresher;

    private final InventoryProperties properties;

    ScheduledRefresh(TaskScheduler scheduler, InventoryRefresher refresher, InventoryProperties properties) {
        this.scheduler = scheduler;
        this.refresher = refresher;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        scheduler.scheduleWithFixedDelay(this::refreshAndWait, properties.refreshInterval());
    }

    /**
     * Waits for the refresh, but never longer than an interval: the next scheduled run joins a refresh
     * that is still running rather than wait on it for good.
     */
    void refreshAndWait() {
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
