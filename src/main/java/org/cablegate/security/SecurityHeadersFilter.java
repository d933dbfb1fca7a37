package org.cablegate.security;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Headers every answer carries, whoever writes it (resources, the response cache's filter, the rate limiter, error
 * handlers): no MIME sniffing, no Referer, no framing, and a Content-Security-Policy. Pages get the policy they need
 * (their own inline style, images from this origin, no script at all); everything else, JSON and PNG included, gets
 * one that allows nothing. Quarkus' own /q/ pages (Swagger UI runs inline script) keep their defaults.
 */
@ApplicationScoped
public class SecurityHeadersFilter {

    /** First of all filters, so that even a 429 carries the headers. */
    static final int PRIORITY = 30;

    static final String PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; connect-src 'self'; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    static final String NOTHING_POLICY = "default-src 'none'; frame-ancestors 'none'";

    void register(@Observes Filters filters) {
        filters.register(this::decorate, PRIORITY);
    }

    private void decorate(RoutingContext ctx) {
        var path = ctx.normalizedPath();
        var quarkusOwn = path != null && path.startsWith("/q/");
        ctx.addHeadersEndHandler(v -> {
            var headers = ctx.response().headers();
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("Referrer-Policy", "no-referrer");
            if (!quarkusOwn) {
                headers.set("X-Frame-Options", "DENY");
                // A 304 has no body and no type to choose a policy by: the browser keeps the stored answer's own
                // policy. Sending one here would replace it (a revisited page lost its inline style to 'none').
                if (ctx.response().getStatusCode() != 304) {
                    headers.set("Content-Security-Policy", policyFor(headers.get(HttpHeaders.CONTENT_TYPE)));
                }
            }
        });
        ctx.next();
    }

    static String policyFor(String contentType) {
        return contentType != null && contentType.regionMatches(true, 0, "text/html", 0, "text/html".length())
                ? PAGE_POLICY : NOTHING_POLICY;
    }
}
