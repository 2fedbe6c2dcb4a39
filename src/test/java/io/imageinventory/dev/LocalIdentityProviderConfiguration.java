package io.imageinventory.dev;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.imageinventory.dev.LocalIdentityProvider.LocalUser;

import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.web.servlet.ServletListenerRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationContext;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcLogoutAuthenticationContext;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcLogoutAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcLogoutAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcUserInfoAuthenticationContext;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

import static org.springframework.security.config.Customizer.withDefaults;
import static org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationValidator.DEFAULT_REDIRECT_URI_VALIDATOR;
import static org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationValidator.DEFAULT_SCOPE_VALIDATOR;
import static org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcLogoutAuthenticationValidator.DEFAULT_POST_LOGOUT_REDIRECT_URI_VALIDATOR;

/**
 * The beans of {@link LocalIdentityProvider}'s own application context. Deliberately not a
 * {@code @Configuration}: the application's component scan covers this package in tests, and must not
 * pick the provider's filter chains and users up. Boot's auto-configuration supplies the embedded
 * server, a fresh RSA signing key and the decoder that guards the user info endpoint.
 */
@EnableAutoConfiguration
class LocalIdentityProviderConfiguration {

    private static final String APP_REDIRECT_URI = "http://localhost/login/oauth2/code/sso";

    private static final String APP_POST_LOGOUT_REDIRECT_URI = "http://localhost/";

    private static final Set<String> PROFILE_CLAIMS = Set.of("sub", "name", "preferred_username", "email", "groups");

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerFilterChain(HttpSecurity http) throws Exception {
        OAuth2AuthorizationServerConfigurer authorizationServer = new OAuth2AuthorizationServerConfigurer();
        MediaTypeRequestMatcher browsers = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        browsers.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        http.securityMatcher(authorizationServer.getEndpointsMatcher())
                .with(authorizationServer, server -> server
                        .authorizationEndpoint(endpoint -> endpoint.authenticationProviders(providers -> providers
                                .forEach(LocalIdentityProviderConfiguration::acceptLocalhostOnAnyPort)))
                        .oidc(oidc -> oidc
                                .userInfoEndpoint(userInfo -> userInfo
                                        .userInfoMapper(LocalIdentityProviderConfiguration::userInfo))
                                .logoutEndpoint(logout -> logout.authenticationProviders(providers -> providers
                                        .forEach(LocalIdentityProviderConfiguration::acceptLocalhostOnAnyPort)))))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer.jwt(withDefaults()))
                .exceptionHandling(exceptions -> exceptions
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), browsers));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain loginFilterChain(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .formLogin(withDefaults())
                .build();
    }

    /**
     * People sign in with their user name; the provider then knows them by their opaque subject, which
     * Spring Authorization Server puts in {@code sub}.
     */
    @Bean
    UserDetailsService users() {
        return username -> LocalIdentityProvider.USERS.stream()
                .filter(user -> user.username().equals(username))
                .findFirst()
                .map(user -> User.withUsername(user.subject()).password("{noop}" + user.username()).build())
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }

    @Bean
    RegisteredClientRepository clients() {
        return new InMemoryRegisteredClientRepository(
                client(LocalIdentityProvider.CLIENT_ID, LocalIdentityProvider.CLIENT_SECRET),
                client(LocalIdentityProvider.OTHER_CLIENT_ID, LocalIdentityProvider.OTHER_CLIENT_SECRET),
                RegisteredClient.withId(UUID.randomUUID().toString())
                        .clientId(LocalIdentityProvider.PROMETHEUS_CLIENT_ID)
                        .clientSecret("{noop}" + LocalIdentityProvider.PROMETHEUS_CLIENT_SECRET)
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                        .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                        .build());
    }

    /** Spring Authorization Server makes the client id the audience of its access tokens. */
    private static RegisteredClient client(String clientId, String clientSecret) {
        return RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId(clientId)
                .clientSecret("{noop}" + clientSecret)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .redirectUri(APP_REDIRECT_URI)
                .postLogoutRedirectUri(APP_POST_LOGOUT_REDIRECT_URI)
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .scope(OidcScopes.EMAIL)
                .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
                .build();
    }

    /** No fixed issuer: it follows the address asked for, {@code http://127.0.0.1:<port>}. */
    @Bean
    AuthorizationServerSettings authorizationServerSettings() {
        return AuthorizationServerSettings.builder().build();
    }

    /** Lets the logout endpoint find the provider session of the user signing out. */
    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    @Bean
    ServletListenerRegistrationBean<HttpSessionEventPublisher> httpSessionEventPublisher() {
        return new ServletListenerRegistrationBean<>(new HttpSessionEventPublisher());
    }

    /**
     * The user's groups and profile in the ID token and in the access token; for Prometheus' client
     * credentials, the metrics group and Image Inventory as the audience, as a provider's scraper
     * client is set up.
     */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> userClaims() {
        return context -> {
            if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())
                    && LocalIdentityProvider.PROMETHEUS_CLIENT_ID.equals(context.getRegisteredClient().getClientId())) {
                context.getClaims().audience(List.of(LocalIdentityProvider.CLIENT_ID))
                        .claim("groups", List.of(LocalIdentityProvider.METRICS_GROUP));
                return;
            }
            boolean userToken = OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())
                    || OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
            LocalIdentityProvider.USERS.stream()
                    .filter(user -> userToken && user.subject().equals(context.getPrincipal().getName()))
                    .findFirst()
                    .ifPresent(user -> context.getClaims().claims(claims -> claims.putAll(profile(user))));
        };
    }

    private static Map<String, Object> profile(LocalUser user) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("name", user.fullName());
        claims.put("preferred_username", user.username());
        claims.put("email", user.email());
        claims.put("groups", user.groups());
        return claims;
    }

    private static OidcUserInfo userInfo(OidcUserInfoAuthenticationContext context) {
        OidcIdToken idToken = context.getAuthorization().getToken(OidcIdToken.class).getToken();
        Map<String, Object> claims = new LinkedHashMap<>(idToken.getClaims());
        claims.keySet().retainAll(PROFILE_CLAIMS);
        return new OidcUserInfo(claims);
    }

    /**
     * Redirect URIs on {@code localhost} match the registered one whatever their port, as loopback IP
     * addresses already do, so that tests can run the application on a random port.
     */
    private static void acceptLocalhostOnAnyPort(Object provider) {
        if (provider instanceof OAuth2AuthorizationCodeRequestAuthenticationProvider codeRequests) {
            codeRequests.setAuthenticationValidator(LocalIdentityProviderConfiguration::validate);
        }
        if (provider instanceof OidcLogoutAuthenticationProvider logout) {
            logout.setAuthenticationValidator(LocalIdentityProviderConfiguration::validate);
        }
    }

    private static void validate(OAuth2AuthorizationCodeRequestAuthenticationContext context) {
        OAuth2AuthorizationCodeRequestAuthenticationToken request = context.getAuthentication();
        String requested = request.getRedirectUri();
        if (!matchesOnLocalhost(requested, context.getRegisteredClient().getRedirectUris())) {
            DEFAULT_REDIRECT_URI_VALIDATOR.accept(context);
        }
        DEFAULT_SCOPE_VALIDATOR.accept(context);
    }

    private static void validate(OidcLogoutAuthenticationContext context) {
        OidcLogoutAuthenticationToken request = context.getAuthentication();
        String requested = request.getPostLogoutRedirectUri();
        if (!matchesOnLocalhost(requested, context.getRegisteredClient().getPostLogoutRedirectUris())) {
            DEFAULT_POST_LOGOUT_REDIRECT_URI_VALIDATOR.accept(context);
        }
    }

    private static boolean matchesOnLocalhost(String requested, Set<String> registered) {
        if (requested == null) {
            return false;
        }
        UriComponents uri = UriComponentsBuilder.fromUriString(requested).build();
        return "localhost".equals(uri.getHost())
                && registered.contains(UriComponentsBuilder.fromUriString(requested).port(-1).toUriString());
    }

}
