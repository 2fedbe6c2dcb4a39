package io.imageinventory.security;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class AdminGroupsCheckTests {

    @Test
    void shouldWarnWhenNoAdminGroupIsConfigured(CapturedOutput output) {
        new AdminGroupsCheck(new InventorySecurityProperties("groups", List.of(), List.of(), List.of(), "name"))
                .warnWithoutAdmins();

        assertThat(output.getAll()).contains("No admin group is configured (inventory.security.admin-groups)");
    }

    @Test
    void shouldStayQuietWhenAdminsAreConfigured(CapturedOutput output) {
        new AdminGroupsCheck(new InventorySecurityProperties("groups", List.of("admins"), List.of(), List.of(), "name"))
                .warnWithoutAdmins();

        assertThat(output.getAll()).doesNotContain("No admin group is configured");
    }

}
