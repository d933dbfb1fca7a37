package org.cablegate.rest;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.cablegate.problem.Problem;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.ArrayList;
import java.util.Map;

/**
 * What every operation of the contract shares, written once instead of on every method: the error statuses any
 * operation can answer, each with the problem schema; {@code security: []} on the operations that need no key; and
 * {@code required} on every object schema whose members are always sent.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ContractFilter implements OASFilter {

    static final String PROBLEM_REF = "#/components/schemas/Problem";

    /** Statuses every operation can answer, whatever it does. */
    private static final Map<String, String> ANY_OPERATION = new java.util.TreeMap<>(Map.of(
            "406", "The Accept header names no media type this operation answers with",
            "414", "The URL or one of its path segments is longer than the service accepts",
            "431", "A request header is longer than the service accepts",
            "500", "An unexpected error; the body says no more than that",
            "503", "The database is unavailable; try again later"));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() != null) {
            openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations()
                    .forEach((method, operation) -> complete(operation, method == PathItem.HttpMethod.GET)));
        }
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().getSchemas().values().forEach(ContractFilter::requireMembers);
            openAPI.getComponents().getSchemas().values().forEach(ContractFilter::allowNullInNullableEnums);
        }
    }

    private void complete(Operation operation, boolean read) {
        if (operation.getSecurity() == null) {
            operation.setSecurity(new ArrayList<>()); // public: no key, said explicitly
        }
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        var responses = operation.getResponses();
        var parameters = operation.getParameters() == null ? java.util.List.<Parameter>of() : operation.getParameters();
        if (parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY)) {
            addIfMissing(responses, "400", "A parameter is not valid");
        }
        if (parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH)) {
            addIfMissing(responses, "404", "Nothing at this path");
        }
        ANY_OPERATION.forEach((status, description) -> addIfMissing(responses, status, description));
        if (read) {
            // Public reads are limited per client (security/RateLimitFilter); writes carry a key instead.
            addIfMissing(responses, "429", "Too many requests from this client; try again after Retry-After seconds");
            if (answersJson(operation)) {
                // JsonResponses tags every JSON answer with an ETag and honours If-None-Match.
                addIfMissing(responses, "304", "Not modified: If-None-Match named the current ETag");
            }
        }
        // By status, whatever order annotations and this filter added them in: the committed spec is stable.
        responses.setAPIResponses(new java.util.TreeMap<>(responses.getAPIResponses()));
        responses.getAPIResponses().forEach((status, response) -> {
            if (isError(status) && (response.getContent() == null || response.getContent().getMediaTypes().isEmpty())) {
                response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF))));
            }
        });
    }

    private static void addIfMissing(APIResponses responses, String status, String description) {
        if (responses.getAPIResponse(status) == null) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description));
        }
    }

    private static boolean answersJson(Operation operation) {
        var ok = operation.getResponses().getAPIResponse("200");
        return ok != null && ok.getContent() != null && ok.getContent().getMediaType("application/json") != null;
    }

    private static boolean isError(String status) {
        return status.startsWith("4") || status.startsWith("5") || status.equals("default");
    }

    /**
     * An enum that may be null must list null among its values (OpenAPI 3.1 is JSON Schema: {@code type: [string,
     * "null"]} admits null, and {@code enum} must admit it too, or a validating client refuses the null it was promised).
     */
    private static void allowNullInNullableEnums(Schema schema) {
        if (schema.getType() != null && schema.getType().contains(Schema.SchemaType.NULL)
                && schema.getEnumeration() != null && !schema.getEnumeration().contains(null)) {
            var values = new ArrayList<Object>(schema.getEnumeration());
            values.add(null);
            schema.setEnumeration(values);
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(ContractFilter::allowNullInNullableEnums);
        }
        if (schema.getItems() != null) {
            allowNullInNullableEnums(schema.getItems());
        }
    }

    /** Every member of a record is sent (null where the schema allows it) unless the schema lists its own. */
    private static void requireMembers(Schema schema) {
        if (schema.getProperties() != null && !schema.getProperties().isEmpty() && schema.getRequired() == null) {
            schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
        }
    }

}
