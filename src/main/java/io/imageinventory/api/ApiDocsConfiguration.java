package io.imageinventory.api;

import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.ParameterCustomizer;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.MultiValueMap;

/**
 * The OpenAPI description of {@code /api/**} that springdoc serves at {@code /v3/api-docs}, with the
 * Swagger UI at {@code /swagger-ui.html}. Which paths it covers is set in {@code application.properties};
 * what each operation, parameter and field means is in {@link ApiDocsCustomizer} and {@link ApiFields},
 * so that the controllers stay free of documentation annotations.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "springdoc.api-docs.enabled", matchIfMissing = true)
class ApiDocsConfiguration {

    static final String BEARER = "bearer";

    static final String SESSION = "session";

    @Bean
    OpenAPI apiDescription() {
        return new OpenAPI()
                .info(new Info().title("Image Inventory API").version("1").description("""
                        Every Amazon WorkSpaces image the inventory knows, as JSON: the same data and filters as \
                        the pages.

                        **Signing in.** Every call needs a viewer (an admin for `POST /api/refresh`), with either
                        - a bearer token, `Authorization: Bearer <JWT>`, once the token issuer is configured; \
                        bearer calls need no CSRF token; or
                        - the session cookie of a browser signed in through SSO (as this page is); a `POST` then \
                        also needs the CSRF token that the pages carry.

                        Without either the answer is `401`, never a redirect to the sign-in page; signed in \
                        without the role, `403`.

                        **Filters** are query parameters. Each may repeat: values of one parameter are \
                        alternatives, different parameters must all match. Values are case-insensitive. An \
                        unknown value is answered `400` with `{"error": "..."}` naming the parameter and its \
                        valid values; parameters that are not filters are ignored.

                        **Values.** Times are ISO-8601 in UTC. Every field is always present; absent values are \
                        `null`, empty lists `[]`."""))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("JWT").description("""
                                        An access token (JWT) from the issuer set in \
                                        `spring.security.oauth2.resourceserver.jwt.issuer-uri`, meant for this \
                                        application (`spring.security.oauth2.resourceserver.jwt.audiences`). Its \
                                        groups claim gives the same roles as at sign-in. No CSRF token is needed. \
                                        Accepted only when that issuer is configured."""))
                        .addSecuritySchemes(SESSION, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.COOKIE).name("JSESSIONID").description("""
                                        The session cookie of a browser signed in through SSO \
                                        (`/oauth2/authorization/sso`). A `POST` also needs the CSRF token that the \
                                        pages carry, as the form field `_csrf` or the header `X-CSRF-TOKEN`.""")))
                .security(List.of(new SecurityRequirement().addList(BEARER), new SecurityRequirement().addList(SESSION)))
                .tags(List.of(
                        new Tag().name(ApiDocsCustomizer.IMAGES).description("Every image of every account and region."),
                        new Tag().name(ApiDocsCustomizer.CHANGES).description("What each refresh found different."),
                        new Tag().name(ApiDocsCustomizer.STATUS)
                                .description("How fresh the inventory is, and refreshing it.")));
    }

    @Bean
    OpenApiCustomizer apiDocsCustomizer() {
        return new ApiDocsCustomizer();
    }

    /** The filters arrive as one map of every query parameter; {@link ApiDocsCustomizer} lists them one by one. */
    @Bean
    ParameterCustomizer filtersListedOneByOne() {
        return (parameter, method) -> MultiValueMap.class.isAssignableFrom(method.getParameterType()) ? null : parameter;
    }

}
