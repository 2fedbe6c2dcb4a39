package io.imageinventory.security;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.DispatcherType;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.prometheus.PrometheusScrapeEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.RequestMatcherDelegatingAccessDeniedHandler;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

/**
 * The HTTP security rules: sign-in through the {@code sso} OpenID Connect registration, bearer JWTs
 * on {@code /api/**} when a resource server issuer and the audiences of this application are
 * configured, roles from groups, and the response headers.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(InventorySecurityProperties.class)
class SecurityConfiguration {

    static final String REGISTRATION_ID = "sso";

    static final String LOGIN_URL = "/oauth2/authorization/" + REGISTRATION_ID;

    static final String FORBIDDEN_PAGE = "/forbidden";

    /** Prometheus scrapes here with a metrics group's bearer token, or an admin looks. */
    private static final RequestMatcher PROMETHEUS = EndpointRequest.to(PrometheusScrapeEndpoint.class);

    /**
     * Scripts, health checks and the API description ({@code /v3/api-docs}, its {@code .yaml} and the Swagger
     * UI's {@code swagger-config}): they get a status code, never the sign-in page.
     */
    private static final RequestMatcher MACHINE_ROUTES = new OrRequestMatcher(pathPattern("/api/**"),
            pathPattern("/v3/api-docs*/**"), EndpointRequest.toAnyEndpoint(), pathPattern("/actuator/**"));

    /**
     * The project's styles and icon ({@code spring.mvc.static-path-pattern}, and {@code /favicon.ico},
     * which sends browsers to that icon) and the WebJars, so that the 403 page is styled for people who
     * may not view. Not Boot's common locations: those include {@code /images/**}, which is the
     * inventory here.
     */
    private static final RequestMatcher STATIC_RESOURCES = new OrRequestMatcher(pathPattern("/assets/**"),
            pathPattern("/webjars/**"), pathPattern("/favicon.ico"));

    /**
     * No tracing span around every filter of the chain, nor around each authentication and access
     * decision: nothing here collects traces, and they cost a sixth of a cached page's time. Requests
     * are still timed as {@code http.server.requests}.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    GroupRoles groupRoles(InventorySecurityProperties properties) {
        return new GroupRoles(properties);
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, GroupRoles roles,
            ObjectProvider<ClientRegistrationRepository> registrations, OAuth2ResourceServerProperties resourceServer) {
        ClientRegistrationRepository repository = registrations.getIfAvailable();
        ClientRegistration sso = repository == null ? null : repository.findByRegistrationId(REGISTRATION_ID);
        if (sso == null) {
            throw new IllegalStateException("Sign-in is not configured: set spring.security.oauth2.client.registration."
                    + "sso.client-id, spring.security.oauth2.client.registration.sso.client-secret and "
                    + "spring.security.oauth2.client.provider.sso.issuer-uri (see the README, \"Sign-in (SSO)\")");
        }
        boolean bearerTokens = resourceServer.getJwt().getIssuerUri() != null
                || resourceServer.getJwt().getJwkSetUri() != null;
        // Boot's decoder checks the aud claim only when audiences are set; without it, a token the same
        // provider issued to any other application, with the same groups, would be taken as this one's.
        if (bearerTokens && resourceServer.getJwt().getAudiences().isEmpty()) {
            throw new IllegalStateException("Bearer tokens would be accepted whatever application they were issued "
                    + "for: set spring.security.oauth2.resourceserver.jwt.audiences to the audience (aud) your identity "
                    + "provider puts in tokens for Image Inventory, such as its client id or application id URI "
                    + "(see the README, \"Sign-in (SSO)\")");
        }
        http.authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
                        .requestMatchers("/livez", "/readyz").permitAll()
                        .requestMatchers(PROMETHEUS).hasAnyRole(GroupRoles.METRICS, GroupRoles.ADMIN)
                        .requestMatchers(EndpointRequest.toAnyEndpoint()).hasRole(GroupRoles.ADMIN)
                        .requestMatchers(STATIC_RESOURCES).permitAll()
                        .requestMatchers(FORBIDDEN_PAGE).permitAll()
                        .requestMatchers(HttpMethod.POST, "/refresh", "/api/refresh").hasRole(GroupRoles.ADMIN)
                        .anyRequest().hasRole(GroupRoles.VIEWER))
                .oauth2Login(login -> login
                        .userInfoEndpoint(userInfo -> userInfo.userAuthoritiesMapper(roles::addRoles)))
                .logout(logout -> logout.logoutSuccessHandler(rpInitiatedLogout(repository)))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(entryPoint(bearerTokens))
                        .accessDeniedHandler(accessDeniedHandler()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(sso)))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        if (bearerTokens) {
            // Bearer requests skip the CSRF check (the resource server configurer exempts them), so the
            // token is looked for on the API, its description and the metrics only: a page request is always a
            // cookie session.
            http.oauth2ResourceServer(server -> server
                    .bearerTokenResolver(machineRoutesOnly(new DefaultBearerTokenResolver()))
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(jwtConverter(roles, resourceServer))));
        }
        return http.build();
    }

    /** Ends the provider's session too when it offers an {@code end_session_endpoint}, then comes back here. */
    private static OidcClientInitiatedLogoutSuccessHandler rpInitiatedLogout(ClientRegistrationRepository repository) {
        OidcClientInitiatedLogoutSuccessHandler handler = new OidcClientInitiatedLogoutSuccessHandler(repository);
        handler.setPostLogoutRedirectUri("{baseUrl}/");
        return handler;
    }

    private static AuthenticationEntryPoint entryPoint(boolean bearerTokens) {
        AuthenticationEntryPoint unauthorized = bearerTokens ? new BearerTokenAuthenticationEntryPoint()
                : new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED);
        return DelegatingAuthenticationEntryPoint.builder()
                .addEntryPointFor(unauthorized, MACHINE_ROUTES)
                .defaultEntryPoint(new LoginUrlAuthenticationEntryPoint(LOGIN_URL))
                .build();
    }

    private static AccessDeniedHandler accessDeniedHandler() {
        AccessDeniedHandlerImpl page = new AccessDeniedHandlerImpl();
        page.setErrorPage(FORBIDDEN_PAGE);
        LinkedHashMap<RequestMatcher, AccessDeniedHandler> handlers = new LinkedHashMap<>();
        handlers.put(MACHINE_ROUTES, new AccessDeniedHandlerImpl());
        return new RequestMatcherDelegatingAccessDeniedHandler(handlers, page);
    }

    private static BearerTokenResolver machineRoutesOnly(BearerTokenResolver resolver) {
        RequestMatcher bearerRoutes = new OrRequestMatcher(pathPattern("/api/**"), pathPattern("/v3/api-docs*/**"),
                PROMETHEUS);
        return request -> bearerRoutes.matches(request) ? resolver.resolve(request) : null;
    }

    private static JwtAuthenticationConverter jwtConverter(GroupRoles roles, OAuth2ResourceServerProperties properties) {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(jwt -> roles.rolesFor(jwt.getClaims()));
        String principalClaim = properties.getJwt().getPrincipalClaimName();
        if (principalClaim != null) {
            converter.setPrincipalClaimName(principalClaim);
        }
        return converter;
    }

    /**
     * No inline scripts or styles anywhere. Chromium applies form-action to every redirect that follows a
     * form post too, so the provider's origins are allowed: the sign-out form redirects to its end-session
     * endpoint, and from there back here and on to its sign-in page.
     */
    static String contentSecurityPolicy(ClientRegistration sso) {
        Set<String> formTargets = new LinkedHashSet<>();
        formTargets.add("'self'");
        addOrigin(formTargets, sso.getProviderDetails().getAuthorizationUri());
        Map<String, Object> metadata = sso.getProviderDetails().getConfigurationMetadata();
        if (metadata.get("end_session_endpoint") instanceof String endSession) {
            addOrigin(formTargets, endSession);
        }
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                + "object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action "
                + String.join(" ", formTargets);
    }

    private static void addOrigin(Set<String> origins, @Nullable String uri) {
        if (uri == null) {
            return;
        }
        URI parsed = URI.create(uri);
        if (parsed.getScheme() != null && parsed.getHost() != null) {
            origins.add(parsed.getScheme() + "://" + parsed.getHost() + (parsed.getPort() == -1 ? "" : ":" + parsed.getPort()));
        }
    }

}
