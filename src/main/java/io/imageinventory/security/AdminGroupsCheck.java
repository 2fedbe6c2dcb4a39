package io.imageinventory.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Warns at start-up when no admin group is configured: the dashboard still works, but nobody can
 * refresh on demand, which is easy to miss until someone needs it.
 */
@Component
class AdminGroupsCheck {

    private static final Logger log = LoggerFactory.getLogger(AdminGroupsCheck.class);

    private final InventorySecurityProperties properties;

    AdminGroupsCheck(InventorySecurityProperties properties) {
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warnWithoutAdmins() {
        if (properties.adminGroups().isEmpty()) {
            log.warn("No admin group is configured (inventory.security.admin-groups): nobody can refresh on demand; "
                    + "scheduled refreshes still run");
        }
    }

}
