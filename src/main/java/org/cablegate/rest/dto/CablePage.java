package org.cablegate.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "CablePage", description = "One page of cables, newest first")
public record CablePage(
        List<CableSummary> items,
        @Schema(description = "Cursor of the next page, null on the last", nullable = true, example = "MTE2NDc0NjQ0MDowNkFTVEFOQTU5MA") String next) {
}
