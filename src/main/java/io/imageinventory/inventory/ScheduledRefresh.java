package io.imageinventory.inventory;

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
        scheduler.scheduleWithFixedDelay(() -> refresher.refresh().join(), properties.refreshInterval());
    }

}
