package org.cablegate.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Acronym", description = "An acronym as the cables define it")
public record AcronymView(
        @Schema(example = "KNB") String acronym,
        @Schema(example = "Committee for National Security") String expansion,
        @Schema(description = "How many times the corpus defines it so", example = "3") long definitions,
        @Schema(example = "2") long cables,
        @Schema(description = "A cable that defines it", example = "06ASTANA590") String example) {
}
