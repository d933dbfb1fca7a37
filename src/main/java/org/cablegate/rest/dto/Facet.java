package org.cablegate.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Facet", description = "A value and how many cables carry it")
public record Facet(@Schema(example = "KZ") String value, @Schema(example = "2") long count) {
}
