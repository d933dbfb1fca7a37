package org.cablegate.rest;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.cablegate.persistence.DatabaseOutage;
import org.cablegate.ingest.CableParseException;
import org.cablegate.persistence.StoreUnavailableException;
import org.cablegate.problem.Problem;
import org.cablegate.problem.ProblemResponses;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The one home of exception mapping: every error leaves as problem JSON, never with a stack trace or class name. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response apiProblem(ApiProblem e, UriInfo uri) {
        var response = problem(e.status(), e.slug(), e.title(), e.getMessage(), uri, e.extensions());
        e.headers().forEach(response::header);
        return response.build();
    }

    @ServerExceptionMapper
    public Response unparseable(CableParseException e, UriInfo uri) {
        return problem(422, "not-a-cable", "The text is not a cable", e.getMessage(), uri,
                e.line() > 0 ? Map.of("line", e.line()) : Map.of()).build();
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        var detail = e.getConstraintViolations().stream()
                .map(v -> parameterName(v.getPropertyPath().toString()) + ": " + v.getMessage())
                .sorted()
                .collect(Collectors.joining("; "));
        return problem(400, "invalid-parameter", "Invalid request parameter", detail, uri, Map.of()).build();
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        return problem(404, "not-found", "Not found", "Nothing is served at " + uri.getPath(), uri, Map.of()).build();
    }

    @ServerExceptionMapper
    public Response unsupported(NotSupportedException e, UriInfo uri) {
        return problem(415, "unsupported-media-type", "Unsupported media type",
                "Send text/plain (one cable) or text/csv (rows of the cables.csv dump)", uri, Map.of()).build();
    }

    @ServerExceptionMapper
    public Response notAcceptable(NotAcceptableException e, UriInfo uri) {
        return problem(406, "not-acceptable", "Not acceptable",
                "This resource is served as application/json", uri, Map.of()).build();
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e, UriInfo uri) {
        var response = problem(405, "method-not-allowed", "Method not allowed",
                "Allowed here: " + String.join(", ", e.getResponse().getAllowedMethods()), uri, Map.of());
        response.allow(e.getResponse().getAllowedMethods());
        return response.build();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        var status = e.getResponse().getStatus();
        var info = Response.Status.fromStatusCode(status);
        var title = info == null ? "HTTP " + status : info.getReasonPhrase();
        if (status >= 500) {
            var incident = logFailure(uri, e);
            return problem(status, "http-" + status, title, "The server could not answer", uri,
                    Map.of("incident", incident)).build();
        }
        return problem(status, "http-" + status, title, title, uri, Map.of()).build();
    }

    @ServerExceptionMapper
    public Response storeUnavailable(StoreUnavailableException e, UriInfo uri) {
        LOG.warn("Request to " + uri.getPath() + " found the database unavailable: " + e.getMessage());
        return problem(503, "database-unavailable", "Service unavailable",
                "The database did not take the write; nothing was stored. Try again shortly.", uri, Map.of())
                .header("Retry-After", "5").build();
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        if (DatabaseOutage.explains(e)) {
            // A read (or anything else) that found the database down or out of reach: retry later, not our fault.
            LOG.warnf("Request to %s found the database unavailable", uri.getRequestUri().getRawPath());
            return problem(503, "database-unavailable", "Service unavailable",
                    "The database is unavailable; nothing was changed. Try again shortly.", uri, Map.of())
                    .header("Retry-After", "5").build();
        }
        var incident = logFailure(uri, e);
        return problem(500, "internal-error", "Internal server error",
                "The server could not answer this request; it has been logged as incident " + incident, uri,
                Map.of("incident", incident)).build();
    }

    /**
     * One line at ERROR with an incident ID the client also gets; the exception (its class, message, any SQL in it,
     * the stack) only at DEBUG, under the same ID. Nothing of the failure's insides is logged at INFO or shown.
     */
    private static String logFailure(UriInfo uri, Throwable e) {
        var incident = UUID.randomUUID().toString();
        // The raw path: a decoded one could carry line breaks into the log.
        LOG.errorf("Request to %s failed: incident %s", uri.getRequestUri().getRawPath(), incident);
        LOG.debugf(e, "Incident %s", incident);
        return incident;
    }

    static Response.ResponseBuilder problem(int status, String slug, String title, String detail, UriInfo uri,
                                            Map<String, Object> extensions) {
        return ProblemResponses.jaxrs(Problem.of(status, slug, title, detail, uri.getPath()), extensions);
    }

    /** "list.limit" → "limit": the parameter, not the Java method it arrived through. */
    private static String parameterName(String path) {
        var dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
