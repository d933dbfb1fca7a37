package org.cablegate.problem;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import jakarta.ws.rs.core.Response;

import java.util.Map;

/**
 * A {@link Problem} as an answer, the one way for each layer that answers: the JAX-RS exception mappers
 * ({@code rest.ProblemMappers}, {@code security.SecurityProblems}) and the Vert.x filters that answer before JAX-RS
 * ({@code rest.RequestLimits}, {@code security.RateLimitFilter}). Both write the same body, {@link Problem#body(Map)}.
 */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    /** Status, {@code application/problem+json} and the body; the mapper may add headers before {@code build()}. */
    public static Response.ResponseBuilder jaxrs(Problem problem, Map<String, Object> extensions) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem.body(extensions));
    }

    /** Ends a Vert.x response with status, {@code application/problem+json} and the body (headers set before stay). */
    public static void vertx(HttpServerResponse response, Problem problem, Map<String, Object> extensions) {
        response.setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(new JsonObject(problem.body(extensions)).encode());
    }
}
