package org.cablegate.search;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports the search index: its size, whether a rebuild is under way, and how far its vectors are written. Always up: while the index is rebuilt
 * every other endpoint serves as usual, and searches answer from what is indexed.
 */
@Readiness
@ApplicationScoped
public class SearchIndexReadiness implements HealthCheck {

    private final CableSearchIndex index;
    private final VectorIndexer vectors;

    public SearchIndexReadiness(CableSearchIndex index, VectorIndexer vectors) {
        this.index = index;
        this.vectors = vectors;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("search-index")
                .withData("cables", index.size())
                .withData("state", index.isRebuilding() ? "rebuilding" : "current")
                // Semantic search's progress: cables whose paragraph vectors are written, and the indexer's state.
                .withData("vectors", vectors.progress().state())
                .withData("cablesWithVectors", vectors.progress().withVectors())
                .up().build();
    }
}
