package org.cablegate.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Paragraph", description = "One numbered paragraph of a cable, with its permalink")
public record ParagraphView(
        @Schema(example = "06ASTANA590") String refId,
        @Schema(description = "The number the cable prints; ordinals where it prints none; \"0\" for text before the first "
                + "numbered paragraph; a number printed again gets \"-2\", \"-3\"", example = "5") String n,
        @Schema(description = "0-based position in the cable", example = "5") int position,
        @Schema(description = "Classification marking without parentheses", example = "SBU", nullable = true) String marking,
        @Schema(description = "The section heading it stands under", example = "Policy Initiatives", nullable = true) String heading,
        @Schema(description = "Normalised text", example = "According to the local press, the Deputy Head of the Division on Combating International Drug Trafficking ...") String text,
        @Schema(description = "sha256: + first 16 hex digits of the SHA-256 of text", example = "sha256:3f1c0a9e5b7d2c44") String fingerprint,
        @Schema(example = "http://localhost:8080/c/06ASTANA590/5") String permalink) {
}
