package org.cablegate.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ImportResult", description = "What importing one cable did")
public record ImportResult(
        @Schema(example = "06ASTANA590") String refId,
        @Schema(enumeration = {"created", "unchanged", "updated"}, example = "created") String outcome,
        @Schema(example = "http://localhost:8080/api/v1/cables/06ASTANA590") String location,
        @Schema(example = "21") int paragraphCount) {
}
