package org.cablegate.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "SearchFacets", description = "Counts over every cable that matches the search (not only this page): "
        + "the ten most frequent origins, tags and classifications, and every year, newest first")
public record SearchFacets(List<Facet> origin, List<Facet> tag, List<Facet> classification, List<Facet> year) {
}
