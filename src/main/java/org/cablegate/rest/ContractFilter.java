package org.cablegate.rest;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
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
            openAPI.getPaths().getPathItems().values().forEach(item -> {
                item.getOperations().values().forEach(this::complete);
                if (item.getGET() != null && answersJson(item.getGET())) {
                    // JsonResponses tags every JSON answer with an ETag and honours If-None-Match.
                    addIfMissing(item.getGET().getResponses(), "304", "Not modified: If-None-Match named the current ETag");
                }
            });
        }
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().getSchemas().values().forEach(ContractFilter::requireMembers);
        }
    }

    private void complete(Operation operation) {
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

    /** Every member of a record is sent (null where the schema allows it) unless the schema lists its own. */
    private static void requireMembers(Schema schema) {
        if (schema.getProperties() != null && !schema.getProperties().isEmpty() && schema.getRequired() == null) {
            schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
        }
    }

}
