package org.cablegate.contract;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

import java.net.URI;

/**
 * Fails a test whose request got an answer the committed spec does not allow: an undocumented status, another
 * content type, or a body that does not validate against the documented schema.
 */
public class SpecValidatingFilter implements Filter {

    private final OpenApiContract contract;

    public SpecValidatingFilter(OpenApiContract contract) {
        this.contract = contract;
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
                           FilterContext context) {
        var response = context.next(request, responseSpec);
        var method = request.getMethod();
        var path = URI.create(request.getURI()).getRawPath();
        if (contract.pathOf(path).isEmpty() || method.equals("HEAD") || method.equals("OPTIONS")) {
            return response;
        }
        var contentType = response.getContentType();
        // Only JSON bodies are read here: pages and images are judged by status and content type.
        var body = contentType != null && contentType.contains("json") ? response.asString() : null;
        var violations = contract.violations(method, path, response.getStatusCode(), contentType, body);
        if (!violations.isEmpty()) {
            throw new AssertionError("The answer breaks openapi/openapi.yaml:\n  " + String.join("\n  ", violations)
                    + (body == null ? "" : "\nbody: " + abbreviate(body)));
        }
        return response;
    }

    private static String abbreviate(String body) {
        return body.length() <= 2000 ? body : body.substring(0, 2000) + "…";
    }
}
