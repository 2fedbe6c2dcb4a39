package io.imageinventory.security;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import static org.assertj.core.api.Assertions.assertThat;

class DisplayNamesTests {

    /** A subject as Entra ID sends it: pairwise, opaque, the same for a person only within one application. */
    private static final String OPAQUE_SUBJECT = "AAAAAAAAAAAAAAAAAAAAAIkzqFVrSaSaFHy782bbtaQ";

    private final DisplayNames names = names("name");

    @Test
    void shouldCallAPersonByTheirNameRatherThanTheirOpaqueSubject() {
        Authentication ada = signIn(Map.of("name", "Ada Lovelace", "preferred_username", "ada",
                "email", "ada@example.com"));

        assertThat(names.of(ada)).isEqualTo("Ada Lovelace");
        assertThat(ada.getName()).as("the principal's name, for logs and audit").isEqualTo(OPAQUE_SUBJECT);
    }

    @Test
    void shouldFallBackToTheUserNameThenTheEmailThenTheSubject() {
        assertThat(names.of(signIn(Map.of("name", " ", "preferred_username", "ada", "email", "ada@example.com"))))
                .isEqualTo("ada");
        assertThat(names.of(signIn(Map.of("email", "ada@example.com")))).isEqualTo("ada@example.com");
        assertThat(names.of(signIn(Map.of()))).isEqualTo(OPAQUE_SUBJECT);
    }

    @Test
    void shouldReadTheConfiguredClaimFirst() {
        Authentication ada = signIn(Map.of("name", "Ada Lovelace", "upn", "ada.lovelace@example.com"));

        assertThat(names("upn").of(ada)).isEqualTo("ada.lovelace@example.com");
        assertThat(names("nickname").of(ada)).as("a claim the sign-in lacks").isEqualTo("Ada Lovelace");
    }

    @Test
    void shouldNameBearerTokensAndOtherSignInsToo() {
        Jwt jwt = Jwt.withTokenValue("token").header("alg", "RS256").subject(OPAQUE_SUBJECT)
                .claim("preferred_username", "prometheus").issuedAt(Instant.EPOCH).expiresAt(Instant.MAX).build();

        assertThat(names.of(new JwtAuthenticationToken(jwt))).isEqualTo("prometheus");
        assertThat(names.of(UsernamePasswordAuthenticationToken.authenticated("ada", null, List.of())))
                .isEqualTo("ada");
    }

    private static DisplayNames names(String nameClaim) {
        return new DisplayNames(new InventorySecurityProperties("groups", List.of(), List.of(), List.of(), nameClaim));
    }

    private static Authentication signIn(Map<String, Object> claims) {
        OidcIdToken idToken = OidcIdToken.withTokenValue("id-token").subject(OPAQUE_SUBJECT)
                .claims(all -> all.putAll(claims)).build();
        return new OAuth2AuthenticationToken(new DefaultOidcUser(List.of(), idToken), List.of(), "sso");
    }

}
