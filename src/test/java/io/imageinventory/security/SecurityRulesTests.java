package io.imageinventory.security;

import java.time.Clock;
import java.util.List;

import io.imageinventory.changes.ChangeLog;
import io.imageinventory.inventory.InventoryProperties;
import io.imageinventory.inventory.InventoryRefresher;
import io.imageinventory.inventory.InventorySnapshot;
import io.imageinventory.inventory.InventoryStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;

/**
 * The security rules on the web layer alone, with sign-in simulated by {@code oidcLogin()} and
 * {@code jwt()}; {@link SignInFlowTests} goes through a real provider.
 */
@WebMvcTest
@Import(SecurityConfiguration.class)
@TestPropertySource(properties = { "spring.security.oauth2.resourceserver.jwt.jwk-set-uri=http://127.0.0.1:9/oauth2/jwks",
        "spring.security.oauth2.resourceserver.jwt.audiences=image-inventory" })
class SecurityRulesTests {

    private static final RequestPostProcessor viewer = oidcLogin()
            .authorities(new SimpleGrantedAuthority("ROLE_VIEWER"));

    private static final RequestPostProcessor admin = oidcLogin()
            .authorities(new SimpleGrantedAuthority("ROLE_VIEWER"), new SimpleGrantedAuthority("ROLE_ADMIN"));

    @Autowired
    private MockMvcTester mvc;

    @MockitoBean
    private InventoryRefresher refresher;

    @MockitoBean
    private InventoryStore store;

    @MockitoBean
    private ChangeLog changeLog;

    @BeforeEach
    void emptyInventory() {
        given(store.snapshot()).willReturn(InventorySnapshot.of(List.of(), null));
    }

    @Test
    void shouldSendPagesToTheSsoSignInWhenNotSignedIn() {
        assertThat(mvc.get().uri("/images")).hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl("/oauth2/authorization/sso");
    }

    @Test
    void shouldSendBrowsersAskingForFaviconIcoToTheSiteIconWithoutSignIn() {
        assertThat(mvc.get().uri("/favicon.ico")).hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl("/assets/favicon.svg");
    }

    @Test
    void shouldAnswerTheApiWith401WhenNotSignedIn() {
        assertThat(mvc.get().uri("/api/status")).hasStatus(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void shouldLetViewersReadTheApi() {
        assertThat(mvc.get().uri("/api/status").with(viewer)).hasStatusOk();
    }

    @Test
    void shouldForbidRefreshForViewers() {
        assertThat(mvc.post().uri("/api/refresh").with(viewer).with(csrf())).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/refresh").with(viewer).with(csrf())).hasStatus(HttpStatus.FORBIDDEN)
                .hasForwardedUrl("/forbidden");

        then(refresher).should(never()).refresh();
    }

    @Test
    void shouldStartARefreshForAdminsAndAnswer202WithTheStatus() {
        assertThat(mvc.post().uri("/api/refresh").with(admin).with(csrf())).hasStatus(HttpStatus.ACCEPTED)
                .bodyJson().extractingPath("$.refreshing").isEqualTo(true);

        then(refresher).should().refresh();
    }

    @Test
    void shouldSendTheRefreshFormBackToTheImagesWith303() {
        assertThat(mvc.post().uri("/refresh").with(admin).with(csrf())).hasStatus(HttpStatus.SEE_OTHER)
                .hasRedirectedUrl("/images");

        then(refresher).should().refresh();
    }

    @Test
    void shouldSendTheRefreshFormBackToTheViewItWasPressedOn() {
        assertThat(mvc.post().uri("/refresh").header("Referer", "http://localhost/images?state=ERROR&page=2")
                .with(admin).with(csrf())).hasStatus(HttpStatus.SEE_OTHER).hasRedirectedUrl("/images?state=ERROR&page=2");
        assertThat(mvc.post().uri("/refresh").header("Referer", "http://evil.example/images?state=ERROR")
                .with(admin).with(csrf())).hasRedirectedUrl("/images");
        assertThat(mvc.post().uri("/refresh").header("Referer", "http://localhost/actuator/env")
                .with(admin).with(csrf())).hasRedirectedUrl("/images");
    }

    @Test
    void shouldRejectRefreshWithoutCsrfToken() {
        assertThat(mvc.post().uri("/refresh").with(admin)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/api/refresh").with(admin)).hasStatus(HttpStatus.FORBIDDEN);

        then(refresher).should(never()).refresh();
    }

    @Test
    void shouldApplyTheSameRolesToBearerTokens() {
        assertThat(mvc.get().uri("/api/status").with(jwt().authorities(new SimpleGrantedAuthority("ROLE_VIEWER"))))
                .hasStatusOk();
        assertThat(mvc.get().uri("/api/status").with(jwt())).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void shouldGreetAPersonByNameAndNeverShowTheirOpaqueSubject() {
        String subject = "AAAAAAAAAAAAAAAAAAAAAIkzqFVrSaSaFHy782bbtaQ";
        RequestPostProcessor ada = oidcLogin().idToken(token -> token.subject(subject).claim("name", "Ada Lovelace"))
                .authorities(new SimpleGrantedAuthority("ROLE_VIEWER"));

        assertThat(mvc.get().uri("/images").with(ada)).hasStatusOk().bodyText()
                .contains(">Ada Lovelace<").doesNotContain(subject);
        assertThat(mvc.get().uri("/changes").with(ada)).hasStatusOk().bodyText()
                .contains(">Ada Lovelace<").doesNotContain(subject);
    }

    @Test
    void shouldShowOutsidersWhoTheyAreWhichGroupsMayViewAndWhichGroupsTheyHave() {
        RequestPostProcessor outsider = oidcLogin().idToken(token -> token.subject("00u1a2b3c4D5e6F7g8h9")
                .claim("name", "Olive Outsider")
                .claim("email", "olive@example.invalid")
                .claim("groups", List.of("sales")));

        assertThat(mvc.get().uri("/images").with(outsider)).hasStatus(HttpStatus.FORBIDDEN)
                .hasForwardedUrl("/forbidden");
        assertThat(mvc.get().uri("/forbidden").with(outsider)).hasStatus(HttpStatus.FORBIDDEN)
                .bodyText()
                .contains("Olive Outsider", "olive@example.invalid", "image-inventory-viewers", "sales")
                .contains("action=\"/logout\"").doesNotContain("00u1a2b3c4D5e6F7g8h9");
    }

    @Test
    void shouldForbidInlineScriptsAndStylesAndFraming() {
        String policy = mvc.get().uri("/images").exchange().getResponse().getHeader("Content-Security-Policy");

        assertThat(policy).contains("default-src 'self'", "script-src 'self'", "style-src 'self'",
                        "frame-ancestors 'none'", "form-action 'self' http://127.0.0.1:9")
                .doesNotContain("unsafe-inline");
    }

    /** The ImagesController that every page goes through reads the inventory settings and the time. */
    @TestConfiguration(proxyBeanMethods = false)
    @EnableConfigurationProperties(InventoryProperties.class)
    static class InventorySettings {

        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }

    }

}
