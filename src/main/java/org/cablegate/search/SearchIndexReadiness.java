package org.cablegate.search;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports the search index: its size and whether a rebuild is under way. Always up: while the index is rebuilt
 * every other endpoint serves as usual, and searches answer from what is indexed.
 */
@Readiness
@ApplicationScoped
public class SearchIndexReadiness implements HealthCheck {

    private final CableSearchIndex index;

    public SearchIndexReadiness(CableSearchIndex index) {
        this.index = index;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("search-index")
                .withData("cables", index.size())
                .withData("state", index.isRebuilding() ? "rebuilding" : "current")
                .up().build();
    }
}
