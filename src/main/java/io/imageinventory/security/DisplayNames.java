package io.imageinventory.security;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * What the pages call a signed-in person. Providers such as Entra ID put an opaque id in {@code sub}
 * ({@code AAAAAAAAAAAAAAAAAAAAAIkzqFVrSaSaFHy782bbtaQ}); it stays the principal's name, for the logs and
 * the audit, while people read the claim set in {@code inventory.security.name-claim}, then
 * {@code name}, {@code preferred_username} and {@code email}, and the subject only when the sign-in
 * carries none of them.
 */
final class DisplayNames {

    private static final List<String> FALLBACK_CLAIMS = List.of("name", "preferred_username", "email");

    private final Set<String> claims = new LinkedHashSet<>();

    DisplayNames(InventorySecurityProperties properties) {
        claims.add(properties.nameClaim());
        claims.addAll(FALLBACK_CLAIMS);
    }

    String of(Authentication authentication) {
        Map<String, Object> attributes = claimsOf(authentication);
        for (String claim : claims) {
            if (attributes.get(claim) instanceof String value && !value.isBlank()) {
                return value.strip();
            }
        }
        return authentication.getName();
    }

    /** The claims of an OpenID Connect sign-in (ID token and user info) or of a bearer token; none otherwise. */
    static Map<String, Object> claimsOf(Authentication authentication) {
        if (authentication.getPrincipal() instanceof OAuth2AuthenticatedPrincipal principal) {
            return principal.getAttributes();
        }
        if (authentication instanceof JwtAuthenticationToken jwt) {
            return jwt.getTokenAttributes();
        }
        return Map.of();
    }

}
