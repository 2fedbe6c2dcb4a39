package io.imageinventory.dev;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A local OpenID Connect provider for tests and the demo, built on Spring Authorization Server and
 * run as its own Spring application (own context, own embedded server) on {@code 127.0.0.1}.
 *
 * <p>Users, each with the password equal to the user name:
 * <ul>
 * <li>{@code admin} in {@value #ADMIN_GROUP}: an admin (and so a viewer)</li>
 * <li>{@code viewer} in {@value #VIEWER_GROUP}: a viewer</li>
 * <li>{@code outsider} in no group: signs in, then gets the 403 page when viewer groups are set</li>
 * </ul>
 * The client is {@value #CLIENT_ID} / {@value #CLIENT_SECRET} (authorization code, PKCE accepted,
 * scopes {@code openid profile email}, no consent screen). {@value #OTHER_CLIENT_ID} /
 * {@value #OTHER_CLIENT_SECRET} is registered the same way and stands for another application of the same
 * provider. {@value #PROMETHEUS_CLIENT_ID} / {@value #PROMETHEUS_CLIENT_SECRET} gets client-credentials
 * tokens for Image Inventory in {@value #METRICS_GROUP}, as a scraper would. The ID token, the user info and the access token (a JWT whose audience is the client id)
 * carry a {@code groups} claim, plus {@code name}, {@code preferred_username} and {@code email}. Their
 * subject ({@code sub}) is opaque, as Entra ID's is ({@link LocalUser#subject()}): a page that shows it
 * instead of the person's name shows a string of letters.
 * RP-initiated logout is on: the discovery document lists {@code end_session_endpoint}.
 *
 * <p>Run the application on {@code localhost} (any port) and this provider on {@code 127.0.0.1}:
 * browsers do not isolate cookies by port, so the same host name for both would make each overwrite
 * the other's session cookie. Redirect URIs on {@code localhost} are accepted whatever their port:
 * {@code http://localhost:<port>/login/oauth2/code/sso} after sign-in and
 * {@code http://localhost:<port>/} after sign-out.
 *
 * <pre>{@code
 * LocalIdentityProvider provider = LocalIdentityProvider.start(9000);
 * new SpringApplicationBuilder(ImageInventoryApplication.class).properties(provider.applicationProperties()).run();
 * }</pre>
 * The provider must run before the application starts: the application reads the provider's discovery
 * document at start-up. In a test, start it in a static field and add {@link #applicationProperties()}
 * in a {@code @DynamicPropertySource} method.
 */
public final class LocalIdentityProvider implements AutoCloseable {

    public static final String CLIENT_ID = "image-inventory";

    public static final String CLIENT_SECRET = "local-secret";

    /** Another application that signs in at this provider; its tokens are not meant for Image Inventory. */
    public static final String OTHER_CLIENT_ID = "another-application";

    public static final String OTHER_CLIENT_SECRET = "another-secret";

    /** Prometheus' client: client credentials, a token for Image Inventory in {@value #METRICS_GROUP}. */
    public static final String PROMETHEUS_CLIENT_ID = "prometheus";

    public static final String PROMETHEUS_CLIENT_SECRET = "prometheus-secret";

    public static final String METRICS_GROUP = "image-inventory-metrics";

    public static final String ADMIN_GROUP = "image-inventory-admins";

    public static final String VIEWER_GROUP = "image-inventory-viewers";

    /** The users; each one's password is their user name. */
    static final List<LocalUser> USERS = List.of(
            new LocalUser("admin", "Ada Admin", List.of(ADMIN_GROUP)),
            new LocalUser("viewer", "Victor Viewer", List.of(VIEWER_GROUP)),
            new LocalUser("outsider", "Olive Outsider", List.of()));

    private static final String HOST = "127.0.0.1";

    private final ConfigurableApplicationContext context;

    private final int port;

    private LocalIdentityProvider(ConfigurableApplicationContext context) {
        this.context = context;
        this.port = ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** Starts the provider on {@code 127.0.0.1}; port 0 picks a free one. */
    public static LocalIdentityProvider start(int port) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(LocalIdentityProviderConfiguration.class)
                .web(WebApplicationType.SERVLET)
                .properties(Map.<String, Object>of(
                        // Not the application's application.properties nor the tests' config/ one.
                        "spring.config.name", "local-identity-provider",
                        "spring.main.banner-mode", "off",
                        "server.address", HOST,
                        "server.port", String.valueOf(port),
                        // Its own cookie name, so even a shared host name would not clash.
                        "server.servlet.session.cookie.name", "IDP_SESSION"))
                .run();
        return new LocalIdentityProvider(context);
    }

    /** Where the provider's discovery document lives, such as {@code http://127.0.0.1:9000}. */
    public String issuerUri() {
        return "http://" + HOST + ":" + port;
    }

    /**
     * The application's settings for signing in here: the {@code sso} registration and provider, bearer
     * tokens on {@code /api/**} from this issuer for the audience {@value #CLIENT_ID},
     * {@value #ADMIN_GROUP} as admins and {@value #VIEWER_GROUP} as viewers.
     */
    public Map<String, Object> applicationProperties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.security.oauth2.client.registration.sso.client-id", CLIENT_ID);
        properties.put("spring.security.oauth2.client.registration.sso.client-secret", CLIENT_SECRET);
        properties.put("spring.security.oauth2.client.registration.sso.scope", "openid,profile,email");
        properties.put("spring.security.oauth2.client.provider.sso.issuer-uri", issuerUri());
        // The same endpoints as the discovery document, over any fixed ones the test configuration sets.
        properties.put("spring.security.oauth2.client.provider.sso.authorization-uri", issuerUri() + "/oauth2/authorize");
        properties.put("spring.security.oauth2.client.provider.sso.token-uri", issuerUri() + "/oauth2/token");
        properties.put("spring.security.oauth2.client.provider.sso.jwk-set-uri", issuerUri() + "/oauth2/jwks");
        properties.put("spring.security.oauth2.client.provider.sso.user-info-uri", issuerUri() + "/userinfo");
        properties.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", issuerUri());
        properties.put("spring.security.oauth2.resourceserver.jwt.audiences", CLIENT_ID);
        properties.put("inventory.security.admin-groups", ADMIN_GROUP);
        properties.put("inventory.security.viewer-groups", VIEWER_GROUP);
        properties.put("inventory.security.metrics-groups", METRICS_GROUP);
        return properties;
    }

    /** The opaque subject ({@code sub}) of one of the users, as the provider issues it. */
    public static String subjectOf(String username) {
        return USERS.stream().filter(user -> user.username().equals(username)).findFirst().orElseThrow().subject();
    }

    @Override
    public void close() {
        context.close();
    }

    record LocalUser(String username, String fullName, List<String> groups) {

        String email() {
            return username + "@example.invalid";
        }

        /** 43 characters of base64url, the same every run: what Entra ID's pairwise subjects look like. */
        String subject() {
            try {
                byte[] hash = MessageDigest.getInstance("SHA-256").digest(username.getBytes(StandardCharsets.UTF_8));
                return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
            }
            catch (NoSuchAlgorithmException ex) {
                throw new IllegalStateException(ex);
            }
        }

    }

}
