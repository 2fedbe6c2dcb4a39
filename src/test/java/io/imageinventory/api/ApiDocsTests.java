package io.imageinventory.api;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.imageinventory.catalog.Facet;
import io.imageinventory.catalog.ImageFilter;
import io.imageinventory.changes.ChangeFilter;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static io.imageinventory.dev.SampleInventory.viewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The OpenAPI description at {@code /v3/api-docs}, checked against what the application really maps,
 * reads and writes: a new endpoint, filter or field without documentation fails here.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApiDocsTests {

    private static final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    private MockMvcTester mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    @Test
    void shouldDocumentEveryOperationTheApplicationMapsUnderApiAndNothingElse() {
        Set<String> mapped = mappings.getHandlerMethods().keySet().stream()
                .flatMap(ApiDocsTests::operations)
                .filter(operation -> operation.contains(" /api/"))
                .collect(Collectors.toSet());
        Set<String> documented = apiDocs().path("paths").properties().stream()
                .flatMap(path -> path.getValue().propertyNames().stream()
                        .map(method -> method.toUpperCase() + " " + path.getKey()))
                .collect(Collectors.toSet());

        assertThat(mapped).as("what the application maps under /api")
                .contains("GET /api/images", "GET /api/changes", "GET /api/status", "POST /api/refresh");
        assertThat(documented).containsExactlyInAnyOrderElementsOf(mapped);
    }

    @Test
    void shouldSayWhatEachOperationDoesAndAnswers() {
        Map<String, JsonNode> operations = operations(apiDocs());

        assertThat(operations).allSatisfy((name, operation) -> {
            assertThat(operation.path("summary").asString()).as("%s summary", name).isNotBlank();
            assertThat(operation.path("description").asString()).as("%s description", name).isNotBlank();
            assertThat(operation.path("tags").size()).as("%s tags", name).isEqualTo(1);
            assertThat(operation.path("responses").propertyNames()).as(name).contains("401", "403");
            operation.path("responses").properties().forEach(response -> assertThat(
                    response.getValue().path("description").asString()).as("%s %s", name, response.getKey()).isNotBlank());
        });
        assertThat(operations.get("POST /api/refresh").path("responses").propertyNames()).containsOnly("202", "401", "403");
        assertThat(operations.get("POST /api/refresh").at("/responses/202/content/application~1json/schema/$ref")
                .asString()).isEqualTo("#/components/schemas/StatusDocument");
        assertThat(operations.get("GET /api/status").path("responses").propertyNames()).containsOnly("200", "401", "403");
        for (String filtered : List.of("GET /api/images", "GET /api/changes")) {
            assertThat(operations.get(filtered).path("responses").propertyNames()).containsOnly("200", "400", "401", "403");
            assertThat(operations.get(filtered).at("/responses/400/content/application~1json/schema/$ref").asString())
                    .isEqualTo("#/components/schemas/ApiProblem");
        }
    }

    @Test
    void shouldListExactlyTheFiltersTheCodeReadsEachRepeatableAndDescribed() {
        Map<String, JsonNode> operations = operations(apiDocs());
        List<String> imageFilters = new ArrayList<>(Stream.of(Facet.values()).map(Facet::parameter).toList());
        imageFilters.add(ImageFilter.TEXT_PARAMETER);
        List<String> changeFilters = Stream.of(ChangeFilter.values()).map(ChangeFilter::parameter).toList();

        assertThat(parameterNames(operations.get("GET /api/images"))).containsExactlyElementsOf(imageFilters);
        assertThat(parameterNames(operations.get("GET /api/changes"))).containsExactlyElementsOf(changeFilters);
        assertThat(operations.values()).flatMap(operation -> operation.path("parameters").valueStream().toList())
                .allSatisfy(parameter -> {
                    assertThat(parameter.path("in").asString()).isEqualTo("query");
                    assertThat(parameter.path("description").asString()).isNotBlank();
                    assertThat(parameter.at("/schema/type").asString()).as("repeatable").isEqualTo("array");
                    assertThat(parameter.path("explode").asBoolean()).isTrue();
                });
        assertThat(operations.get("GET /api/status").path("parameters").isMissingNode()).isTrue();
    }

    @Test
    void shouldAcceptEveryDocumentedFilterValueInAnyCaseAndAnswer400WithAnErrorForOthers() {
        Map<String, JsonNode> operations = operations(apiDocs());
        for (String path : List.of("/api/images", "/api/changes")) {
            operations.get("GET " + path).path("parameters").valueStream()
                    .filter(parameter -> parameter.at("/schema/items/enum").isArray())
                    .forEach(parameter -> {
                        String name = parameter.path("name").asString();
                        parameter.at("/schema/items/enum").valueStream().map(JsonNode::asString).forEach(value ->
                                assertThat(mvc.get().uri(path).queryParam(name, value.toLowerCase()).with(viewer()))
                                        .as("%s?%s=%s", path, name, value.toLowerCase()).hasStatusOk());
                        assertThat(mvc.get().uri(path).queryParam(name, "bogus").with(viewer()))
                                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                                .extractingPath("$.error").asString().contains(name, "bogus");
                    });
        }
    }

    @Test
    void shouldDescribeEveryFieldOfEveryDocumentAndSayWhichMayBeNull() {
        JsonNode schemas = apiDocs().at("/components/schemas");

        assertThat(schemas.propertyNames()).as("every record an answer is made of")
                .containsExactlyInAnyOrderElementsOf(
                        ApiFields.DOCUMENTS.keySet().stream().map(Class::getSimpleName).toList());
        ApiFields.DOCUMENTS.forEach((type, described) -> {
            JsonNode schema = schemas.path(type.getSimpleName());
            List<String> components = Stream.of(type.getRecordComponents()).map(RecordComponent::getName).toList();
            assertThat(schema.path("description").asString()).as(type.getSimpleName()).isNotBlank();
            assertThat(schema.path("properties").propertyNames()).as("the JSON fields of %s", type.getSimpleName())
                    .containsExactlyInAnyOrderElementsOf(components);
            assertThat(described.fields().keySet()).as("the described fields of %s", type.getSimpleName())
                    .containsExactlyInAnyOrderElementsOf(components);
            assertThat(schema.path("required").valueStream().map(JsonNode::asString).toList())
                    .as("always present").containsExactlyInAnyOrderElementsOf(components);
            for (RecordComponent component : type.getRecordComponents()) {
                JsonNode property = schema.path("properties").path(component.getName());
                String field = type.getSimpleName() + "." + component.getName();
                assertThat(property.path("description").asString()).as(field).isNotBlank();
                assertThat(property.path("type").valueStream().map(JsonNode::asString).toList()).as(field)
                        .satisfies(types -> assertThat(types.contains("null")).isEqualTo(
                                component.getAnnotatedType().isAnnotationPresent(Nullable.class)));
            }
        });
    }

    @Test
    void shouldDeclareBearerTokensAndSessionsForEveryOperation() {
        JsonNode docs = apiDocs();

        JsonNode bearer = docs.at("/components/securitySchemes/bearer");
        assertThat(bearer.path("type").asString()).isEqualTo("http");
        assertThat(bearer.path("scheme").asString()).isEqualTo("bearer");
        assertThat(bearer.path("bearerFormat").asString()).isEqualTo("JWT");
        assertThat(docs.at("/components/securitySchemes/session/in").asString()).isEqualTo("cookie");
        assertThat(docs.at("/components/securitySchemes/session/description").asString()).contains("CSRF");
        assertThat(docs.path("security").valueStream().flatMap(requirement -> requirement.propertyNames().stream()))
                .containsExactly("bearer", "session");
        assertThat(operations(docs).values()).allSatisfy(operation -> assertThat(operation.has("security"))
                .as("no operation overrides the API's sign-in").isFalse());
    }

    @Test
    void shouldAnswerAnonymousCallsForTheDescriptionWith401AndSendPeopleToSignInForTheUi() {
        for (String path : List.of("/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/swagger-config")) {
            assertThat(mvc.get().uri(path)).as(path).hasStatus(HttpStatus.UNAUTHORIZED).doesNotContainHeader("Location");
        }
        assertThat(mvc.get().uri("/swagger-ui.html")).hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl("/oauth2/authorization/sso");
        assertThat(mvc.get().uri("/swagger-ui/index.html")).hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl("/oauth2/authorization/sso");
    }

    @Test
    void shouldForbidTheDescriptionToSignedInPeopleWhoMayNotView() {
        assertThat(mvc.get().uri("/v3/api-docs").with(user("outsider"))).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void shouldServeTheUiToViewersUnderTheApplicationsContentSecurityPolicy() {
        MvcTestResult ui = mvc.get().uri("/swagger-ui/index.html").with(viewer()).exchange();

        assertThat(ui).hasStatusOk().bodyText().contains("swagger-ui-bundle.js");
        assertThat(ui.getResponse().getHeader("Content-Security-Policy"))
                .contains("script-src 'self'", "style-src 'self'").doesNotContain("unsafe-inline");
    }

    private JsonNode apiDocs() {
        return json.readTree(mvc.get().uri("/v3/api-docs").with(viewer()).exchange().getResponse().getContentAsByteArray());
    }

    /** Each operation as {@code "GET /api/images"}. */
    private static Map<String, JsonNode> operations(JsonNode docs) {
        return docs.path("paths").properties().stream()
                .flatMap(path -> path.getValue().properties().stream()
                        .map(method -> Map.entry(method.getKey().toUpperCase() + " " + path.getKey(), method.getValue())))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static Stream<String> operations(RequestMappingInfo mapping) {
        return mapping.getPatternValues().stream().flatMap(path -> mapping.getMethodsCondition().getMethods().isEmpty()
                ? Stream.of("ANY " + path)
                : mapping.getMethodsCondition().getMethods().stream().map(method -> method.name() + " " + path));
    }

    private static List<String> parameterNames(JsonNode operation) {
        return operation.path("parameters").valueStream().map(parameter -> parameter.path("name").asString()).toList();
    }

}
