package io.imageinventory.api;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.imageinventory.catalog.Facet;
import io.imageinventory.catalog.ImageFilter;
import io.imageinventory.changes.ChangeFilter;
import io.imageinventory.changes.ChangeKind;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.PathItem.HttpMethod;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * What each {@code /api/**} operation does, takes and answers, and what each field of its JSON means,
 * added to what springdoc reads from the controllers. The filters are listed from {@link Facet} and
 * {@link ChangeFilter}, so that the documentation offers exactly the filters the code reads.
 */
class ApiDocsCustomizer implements OpenApiCustomizer {

    static final String IMAGES = "images";

    static final String CHANGES = "changes";

    static final String STATUS = "status";

    private static final String REPEATABLE = " Repeat for alternatives; case-insensitive.";

    @Override
    public void customise(OpenAPI openApi) {
        images(operation(openApi, "/api/images", HttpMethod.GET));
        changes(operation(openApi, "/api/changes", HttpMethod.GET));
        status(operation(openApi, "/api/status", HttpMethod.GET));
        refresh(operation(openApi, "/api/refresh", HttpMethod.POST));
        describeFields(openApi.getComponents().getSchemas());
    }

    private static void images(Operation images) {
        images.tags(List.of(IMAGES)).operationId("listImages").summary("The images that match the filters")
                .description("""
                        Every image that matches, unpaged, newest first. The same filters as the `/images` page \
                        and `/images.csv`; their `sort`, `page` and `size` are ignored here.""")
                .parameters(imageFilters())
                .responses(new ApiResponses()
                        .addApiResponse("200", generated(images, "200").description("The matching images."))
                        .addApiResponse("400", badFilter(images))
                        .addApiResponse("401", unauthorized())
                        .addApiResponse("403", notAViewer()));
    }

    private static void changes(Operation changes) {
        changes.tags(List.of(CHANGES)).operationId("listChanges").summary("What changed between refreshes")
                .description("""
                        What each successful refresh of a source found different from the one before, newest \
                        first: images added and removed, states, error codes, updates offered. A source's first \
                        refresh and a failed refresh record nothing. The latest `inventory.changes.history` \
                        changes are kept (1000 unless set). The same as the `/changes` page.""")
                .parameters(changeFilters())
                .responses(new ApiResponses()
                        .addApiResponse("200", generated(changes, "200").description("The matching changes."))
                        .addApiResponse("400", badFilter(changes))
                        .addApiResponse("401", unauthorized())
                        .addApiResponse("403", notAViewer()));
    }

    private static void status(Operation status) {
        status.tags(List.of(STATUS)).operationId("getStatus").summary("Whether a refresh runs, and each source's health")
                .description("""
                        Each source (an account in a region): how many images it has, when it was last tried and \
                        last succeeded, and why it last failed. A failing source keeps its last good images.""")
                .responses(new ApiResponses()
                        .addApiResponse("200", generated(status, "200").description("The status."))
                        .addApiResponse("401", unauthorized())
                        .addApiResponse("403", notAViewer()));
    }

    private static void refresh(Operation refresh) {
        refresh.tags(List.of(STATUS)).operationId("refresh").summary("Refresh every source now (admins)")
                .description("""
                        Starts a refresh of every source and answers at once: a refresh can take minutes, and its \
                        progress shows in `GET /api/status`. While one runs, this joins it rather than starting \
                        a second. For admins (`inventory.security.admin-groups`) only. With a session cookie, send \
                        the CSRF token too; *Try it out* on this page sends none, so authorize it with a bearer \
                        token first.""")
                .responses(new ApiResponses()
                        .addApiResponse("202", generated(refresh, "202")
                                .description("Started, or joined the refresh that runs: the status, `refreshing` true."))
                        .addApiResponse("401", unauthorized())
                        .addApiResponse("403", new ApiResponse().description("""
                                Not an admin, or a call with a session cookie but without the CSRF token.""")));
    }

    private static List<Parameter> imageFilters() {
        List<Parameter> filters = new ArrayList<>();
        for (Facet facet : Facet.values()) {
            Schema<String> value = new StringSchema();
            if (!facet.knownValues().isEmpty()) {
                value._enum(facet.knownValues());
            }
            filters.add(filter(facet.parameter(), describe(facet), value));
        }
        filters.add(filter(ImageFilter.TEXT_PARAMETER, """
                Text that must appear in the image's id, name or description, ignoring case. Repeat for \
                alternatives.""", new StringSchema()));
        return filters;
    }

    /** Every facet must be described: a new one does not compile until it is. */
    private static String describe(Facet facet) {
        return switch (facet) {
            case STATE -> "The image's state." + REPEATABLE;
            case TENANCY -> "The tenancy the image requires." + REPEATABLE;
            case OS -> "The image's operating system type." + REPEATABLE;
            case TYPE -> "`OWNED`: the account's own images; `SHARED`: images shared with it." + REPEATABLE;
            case ACCOUNT -> "The account whose credentials listed the image, a 12-digit account id such as "
                    + "`123456789012`." + REPEATABLE;
            case REGION -> "The region the image was listed in, such as `us-east-1`." + REPEATABLE;
            case BUNDLED -> "`YES`: used by at least one of the account's own bundles; `NO`: by none, so unused."
                    + REPEATABLE;
        };
    }

    private static List<Parameter> changeFilters() {
        return Arrays.stream(ChangeFilter.values())
                .map(filter -> switch (filter) {
                    case KIND -> filter(filter.parameter(), "What happened to the image." + REPEATABLE,
                            new StringSchema()._enum(Arrays.stream(ChangeKind.values()).map(Enum::name).toList()));
                    case ACCOUNT -> filter(filter.parameter(), "The account that saw the change, a 12-digit account "
                            + "id." + REPEATABLE, new StringSchema());
                    case REGION -> filter(filter.parameter(), "The region, such as `us-east-1`." + REPEATABLE,
                            new StringSchema());
                })
                .toList();
    }

    /** A repeatable query parameter: {@code state=ERROR&state=PENDING}. */
    private static Parameter filter(String name, String description, Schema<String> value) {
        return new QueryParameter().name(name).description(description).required(false).explode(true)
                .schema(new ArraySchema().items(value));
    }

    private static ApiResponse unauthorized() {
        return new ApiResponse().description("""
                Neither signed in nor a valid bearer token: never a redirect to the sign-in page. When bearer \
                tokens are configured, the `WWW-Authenticate` header says why a token was refused.""");
    }

    private static ApiResponse notAViewer() {
        return new ApiResponse().description("""
                Signed in, but in none of the viewer groups (`inventory.security.viewer-groups`) nor the admin \
                groups.""");
    }

    private static ApiResponse badFilter(Operation operation) {
        return generated(operation, "400").description("""
                A filter has a value it does not accept: `error` names the parameter and lists its valid \
                values.""");
    }

    /** The answer springdoc read from the controller or its advice, with the body's schema. */
    private static ApiResponse generated(Operation operation, String status) {
        ApiResponse response = operation.getResponses() == null ? null : operation.getResponses().get(status);
        if (response == null) {
            throw new IllegalStateException("springdoc found no " + status + " answer for " + operation.getOperationId());
        }
        return response;
    }

    private static Operation operation(OpenAPI openApi, String path, HttpMethod method) {
        PathItem item = openApi.getPaths().get(path);
        Operation operation = item == null ? null : item.readOperationsMap().get(method);
        if (operation == null) {
            throw new IllegalStateException(method + " " + path + " is documented but not mapped");
        }
        return operation;
    }

    /**
     * Describes each document and field, and says that every field is always present and which may be
     * null: the records' own {@code @Nullable} tells.
     */
    private static void describeFields(Map<String, Schema> schemas) {
        ApiFields.DOCUMENTS.forEach((type, described) -> {
            Schema<?> schema = schemas.get(type.getSimpleName());
            if (schema == null) {
                return;
            }
            schema.setDescription(described.description());
            for (RecordComponent component : type.getRecordComponents()) {
                Schema<?> property = schema.getProperties().get(component.getName());
                if (property == null) {
                    throw new IllegalStateException(type.getSimpleName() + "." + component.getName()
                            + " is described but not in the JSON");
                }
                property.setDescription(described.fields().get(component.getName()));
                if (component.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
                    property.addType("null");
                }
                schema.addRequiredItem(component.getName());
            }
        });
    }

}
