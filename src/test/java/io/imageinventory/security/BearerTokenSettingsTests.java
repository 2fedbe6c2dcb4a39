package io.imageinventory.security;

import io.imageinventory.ImageInventoryApplication;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.builder.SpringApplicationBuilder;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Bearer tokens are accepted only for this application: where they come from is not enough, so an
 * issuer or a key set without the audiences of this application's tokens stops start-up.
 * {@link SignInFlowTests} shows that a token for another application is refused.
 */
class BearerTokenSettingsTests {

    @ParameterizedTest
    @ValueSource(strings = { "spring.security.oauth2.resourceserver.jwt.issuer-uri=http://127.0.0.1:9",
            "spring.security.oauth2.resourceserver.jwt.jwk-set-uri=http://127.0.0.1:9/oauth2/jwks" })
    void shouldNotStartWhenBearerTokensAreOnWithoutAudiences(String setting) {
        SpringApplicationBuilder application = new SpringApplicationBuilder(ImageInventoryApplication.class)
                .properties("server.port=0", "spring.main.banner-mode=off", setting);

        assertThatThrownBy(application::run).rootCause()
                .hasMessageContaining("set spring.security.oauth2.resourceserver.jwt.audiences");
    }

}
