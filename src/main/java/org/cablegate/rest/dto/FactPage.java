package org.cablegate.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "FactPage", description = "One page of facts, newest cable first")
public record FactPage(List<FactView> items,
                       @Schema(description = "Cursor of the next page, null on the last", nullable = true) String next) {
}
