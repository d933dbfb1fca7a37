package org.cablegate.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.cablegate.problem.Problem;
import org.cablegate.problem.ProblemResponses;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Map;

/**
 * The answers of Quarkus security, as problem JSON like every other error: 401 with a challenge when no key was
 * sent, 403 when the key is wrong or the server accepts no writes at all. They replace Quarkus' own mappers, which
 * answer with an empty body.
 */
public class SecurityProblems {

    private final ApiKeys keys;

    public SecurityProblems(ApiKeys keys) {
        this.keys = keys;
    }

    /** Anonymous request to an endpoint that needs a role. */
    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        if (!keys.writesEnabled()) {
            return writesDisabled(uri);
        }
        return problem(401, "unauthenticated", "Authentication required",
                "Send the API key as 'Authorization: Bearer <key>'", uri)
                .header(HttpHeaders.WWW_AUTHENTICATE, ApiKeyAuthenticationMechanism.CHALLENGE)
                .build();
    }

    /** A key was sent and is none of the keys in force. */
    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        if (!keys.writesEnabled()) {
            return writesDisabled(uri);
        }
        return problem(403, "forbidden", "Forbidden", "The API key is not valid for writes", uri).build();
    }

    /** Authenticated, but without the role (no such identity today; kept so that none leaves without a body). */
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return problem(403, "forbidden", "Forbidden", "The API key does not allow this", uri).build();
    }

    private static Response writesDisabled(UriInfo uri) {
        return problem(403, "writes-disabled", "Writes are disabled",
                "This server has no CABLES_API_KEYS (or CABLES_API_KEY) configured, so it accepts no writes", uri)
                .build();
    }

    private static Response.ResponseBuilder problem(int status, String slug, String title, String detail, UriInfo uri) {
        return ProblemResponses.jaxrs(Problem.of(status, slug, title, detail, uri.getPath()), Map.of());
    }
}
