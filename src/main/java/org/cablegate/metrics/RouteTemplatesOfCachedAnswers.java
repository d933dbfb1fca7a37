package org.cablegate.metrics;

import io.quarkus.micrometer.runtime.binder.vertx.HttpRequestMetric;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Gives answers served from the response cache (cache/CacheFilters, on the event loop, before any resource) the same
 * {@code uri} tag in {@code http_server_requests_seconds} as the resource that first computed them: its route
 * template, never the raw path, whose reference IDs would make one series per cable.
 *
 * <p>Every answer the REST layer routes teaches {@link RouteTemplates} its template (RESTEasy Reactive leaves it in
 * the request's context as {@code UrlPathTemplate}); an answer no resource touched gets the learnt template its path
 * matches. A cache hit always follows the miss that filled it, so its template is known by then.
 */
@ApplicationScoped
public class RouteTemplatesOfCachedAnswers {

    /** Before the cache's filter (priority 10): higher runs first. */
    private static final int PRIORITY = 100;
    /** Where RESTEasy Reactive puts the matched template, read by Quarkus' own HTTP metrics. */
    private static final String URL_PATH_TEMPLATE = "UrlPathTemplate";

    private final RouteTemplates templates = new RouteTemplates();

    void register(@Observes Filters filters) {
        filters.register(this::tagOnAnswer, PRIORITY);
    }

    private void tagOnAnswer(RoutingContext ctx) {
        if (ctx.request() instanceof HttpServerRequestInternal request) {
            ctx.addHeadersEndHandler(v -> tag(request));
        }
        ctx.next();
    }

    @SuppressWarnings("deprecation") // Context.getLocal(Object): the key RESTEasy Reactive and Micrometer share
    private void tag(HttpServerRequestInternal request) {
        Object matched = request.context().getLocal(URL_PATH_TEMPLATE);
        if (matched instanceof String template) {
            templates.learn(template);
            return;
        }
        if (request.metric() instanceof HttpRequestMetric metric) {
            var template = templates.match(request.path());
            if (template != null) {
                metric.setTemplatePath(template);
            }
        }
    }

    /** For tests: the template a path would be measured under, or null. */
    String templateOf(String path) {
        return templates.match(path);
    }
}
