package org.cablegate.rest.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "CablePage", requiredProperties = {"items", "next"},
        description = "One page of cables: newest first, or best match first for a search")
public record CablePage(
        List<CableSummary> items,
        @Schema(description = "Cursor of the next page, null on the last", nullable = true, example = "MTE2NDc0NjQ0MDowNkFTVEFOQTU5MA") String next,
        @Schema(description = "Search only (`q`): how many cables match; a lower bound when `totalIsExact` is false",
                nullable = true, example = "2")
        @JsonInclude(JsonInclude.Include.NON_NULL) Long total,
        @Schema(description = "Search only (`q`): whether `total` is exact", nullable = true)
        @JsonInclude(JsonInclude.Include.NON_NULL) Boolean totalIsExact,
        @Schema(description = "Search only (`q`), first page only: counts over all matching cables", nullable = true)
        @JsonInclude(JsonInclude.Include.NON_NULL) SearchFacets facets) {

    /** A plain list page. */
    public CablePage(List<CableSummary> items, String next) {
        this(items, next, null, null, null);
    }
}
