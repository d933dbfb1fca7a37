package org.cablegate.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ImportResult", description = "What importing one cable did")
public record ImportResult(
        @Schema(description = "Always `cable`: tells one cable's result from a CSV report in the import's 200 answer",
                enumeration = {KIND}, example = KIND) String kind,
        @Schema(example = "06ASTANA590") String refId,
        @Schema(enumeration = {"created", "unchanged", "updated"}, example = "created") String outcome,
        @Schema(example = "http://localhost:8080/api/v1/cables/06ASTANA590") String location,
        @Schema(example = "21") int paragraphCount) {

    /** The discriminator value of one cable's result. */
    public static final String KIND = "cable";

    public ImportResult(String refId, String outcome, String location, int paragraphCount) {
        this(KIND, refId, outcome, location, paragraphCount);
    }
}
