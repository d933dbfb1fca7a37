package org.cablegate.rest;

import jakarta.enterprise.context.ApplicationScoped;
import org.cablegate.domain.Cable;
import org.cablegate.domain.StoredParagraph;
import org.cablegate.persistence.CableQueries;

import java.util.Locale;

/** Finds what a path names, or answers 404 saying what was not found. Reference IDs match in any case. */
@ApplicationScoped
public class Lookups {

    private final CableQueries queries;

    public Lookups(CableQueries queries) {
        this.queries = queries;
    }

    Cable cable(String refId) {
        return queries.cable(refId.trim().toUpperCase(Locale.ROOT))
                .orElseThrow(() -> ApiProblem.notFound("No cable with reference ID " + refId));
    }

    StoredParagraph paragraph(Cable cable, String n) {
        return queries.paragraph(cable, n)
                .orElseThrow(() -> ApiProblem.notFound("Cable " + cable.refId + " has no paragraph " + n));
    }
}
