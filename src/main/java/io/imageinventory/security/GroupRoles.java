package io.imageinventory.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.user.OAuth2UserAuthority;

/**
 * Turns the groups a provider puts in a claim into this application's two roles. Admins are viewers
 * too; when no viewer groups are configured, every signed-in user is a viewer.
 */
final class GroupRoles {

    static final String VIEWER = "VIEWER";

    static final String ADMIN = "ADMIN";

    static final String METRICS = "METRICS";

    private final InventorySecurityProperties properties;

    GroupRoles(InventorySecurityProperties properties) {
        this.properties = properties;
    }

    /**
     * The roles (as {@code ROLE_} authorities) that the groups in these claims grant. A member of a
     * metrics group is not a viewer for being signed in: a scraper's token reads the metrics and
     * nothing else, unless its groups also name it a viewer or an admin.
     */
    List<GrantedAuthority> rolesFor(Map<String, Object> claims) {
        Set<String> groups = groupsIn(claims);
        boolean admin = !Collections.disjoint(groups, properties.adminGroups());
        boolean metrics = !Collections.disjoint(groups, properties.metricsGroups());
        boolean viewer = admin || (properties.viewerGroups().isEmpty() ? !metrics
                : !Collections.disjoint(groups, properties.viewerGroups()));
        List<GrantedAuthority> roles = new ArrayList<>();
        if (viewer) {
            roles.add(new SimpleGrantedAuthority("ROLE_" + VIEWER));
        }
        if (admin) {
            roles.add(new SimpleGrantedAuthority("ROLE_" + ADMIN));
        }
        if (metrics) {
            roles.add(new SimpleGrantedAuthority("ROLE_" + METRICS));
        }
        return roles;
    }

    /**
     * Adds the roles to what OIDC sign-in granted; the user's claims (ID token and user info merged)
     * travel in its {@link OAuth2UserAuthority}.
     */
    Collection<GrantedAuthority> addRoles(Collection<? extends GrantedAuthority> granted) {
        Set<GrantedAuthority> authorities = new LinkedHashSet<>(granted);
        granted.stream()
                .filter(OAuth2UserAuthority.class::isInstance)
                .map(authority -> ((OAuth2UserAuthority) authority).getAttributes())
                .forEach(claims -> authorities.addAll(rolesFor(claims)));
        return authorities;
    }

    /**
     * The groups in the configured claim. Providers send a list, a single string, or a comma-separated
     * string; a name with dots is first looked up as it is (some providers use URLs as claim names)
     * and otherwise followed into nested objects.
     */
    Set<String> groupsIn(Map<String, Object> claims) {
        Object value = claim(claims, properties.groupsClaim());
        Set<String> groups = new LinkedHashSet<>();
        if (value instanceof Collection<?> values) {
            values.forEach(group -> groups.add(String.valueOf(group).trim()));
        }
        else if (value instanceof String text) {
            for (String group : text.split(",")) {
                groups.add(group.trim());
            }
        }
        groups.remove("");
        return groups;
    }

    private static @Nullable Object claim(Map<String, Object> claims, String name) {
        if (claims.containsKey(name) || !name.contains(".")) {
            return claims.get(name);
        }
        Object current = claims;
        for (String part : name.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(part);
        }
        return current;
    }

}
