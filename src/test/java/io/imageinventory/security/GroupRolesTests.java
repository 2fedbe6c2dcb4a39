package io.imageinventory.security;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;

import static org.assertj.core.api.Assertions.assertThat;

class GroupRolesTests {

    private final GroupRoles restricted = new GroupRoles(
            new InventorySecurityProperties("groups", List.of("admins"), List.of("viewers"), List.of("scrapers"),
                    "name"));

    @Test
    void shouldMakeAdminsViewersToo() {
        assertThat(roles(restricted, Map.of("groups", List.of("admins")))).containsExactly("ROLE_VIEWER", "ROLE_ADMIN");
    }

    @Test
    void shouldGrantNothingOutsideTheViewerGroups() {
        assertThat(roles(restricted, Map.of("groups", List.of("sales")))).isEmpty();
        assertThat(roles(restricted, Map.of("sub", "someone"))).isEmpty();
    }

    @Test
    void shouldLetEverySignedInUserViewWhenNoViewerGroupsAreSet() {
        GroupRoles open = new GroupRoles(
                new InventorySecurityProperties("groups", List.of("admins"), List.of(), List.of(), "name"));

        assertThat(roles(open, Map.of("sub", "someone"))).containsExactly("ROLE_VIEWER");
    }

    @Test
    void shouldLetAMetricsGroupReadMetricsOnlyEvenWhenEverySignedInUserMayView() {
        GroupRoles open = new GroupRoles(new InventorySecurityProperties("groups", List.of("admins"), List.of(),
                List.of("scrapers"), "name"));

        assertThat(roles(open, Map.of("groups", List.of("scrapers")))).containsExactly("ROLE_METRICS");
        assertThat(roles(restricted, Map.of("groups", List.of("scrapers")))).containsExactly("ROLE_METRICS");
        assertThat(roles(restricted, Map.of("groups", List.of("scrapers", "viewers"))))
                .containsExactly("ROLE_VIEWER", "ROLE_METRICS");
    }

    @Test
    void shouldReadASingleStringOrACommaSeparatedOne() {
        assertThat(roles(restricted, Map.of("groups", "viewers"))).containsExactly("ROLE_VIEWER");
        assertThat(roles(restricted, Map.of("groups", "sales, admins"))).containsExactly("ROLE_VIEWER", "ROLE_ADMIN");
    }

    @Test
    void shouldReadTheConfiguredClaimFollowingDotsIntoNestedClaims() {
        GroupRoles keycloakRoles = new GroupRoles(
                new InventorySecurityProperties("realm_access.roles", List.of("admins"), List.of(), List.of(), "name"));
        GroupRoles cognito = new GroupRoles(
                new InventorySecurityProperties("cognito:groups", List.of("admins"), List.of(), List.of(), "name"));
        GroupRoles namespaced = new GroupRoles(
                new InventorySecurityProperties("https://example.com/groups", List.of("admins"), List.of(), List.of(),
                        "name"));

        assertThat(roles(keycloakRoles, Map.of("realm_access", Map.of("roles", List.of("admins"))))).contains("ROLE_ADMIN");
        assertThat(roles(cognito, Map.of("cognito:groups", List.of("admins")))).contains("ROLE_ADMIN");
        assertThat(roles(namespaced, Map.of("https://example.com/groups", List.of("admins")))).contains("ROLE_ADMIN");
    }

    @Test
    void shouldAddRolesToWhatOidcSignInGrantedFromTheUsersClaims() {
        OidcIdToken idToken = OidcIdToken.withTokenValue("id-token").subject("ada")
                .claim("groups", List.of("admins")).build();
        List<GrantedAuthority> granted = List.of(new OidcUserAuthority(idToken), new SimpleGrantedAuthority("SCOPE_openid"));

        assertThat(restricted.addRoles(granted)).map(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("OIDC_USER", "SCOPE_openid", "ROLE_VIEWER", "ROLE_ADMIN");
    }

    private static List<String> roles(GroupRoles roles, Map<String, Object> claims) {
        return roles.rolesFor(claims).stream().map(GrantedAuthority::getAuthority).toList();
    }

}
