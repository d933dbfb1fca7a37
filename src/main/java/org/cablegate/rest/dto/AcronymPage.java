package org.cablegate.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "AcronymPage", description = "One page of the glossary, alphabetical")
public record AcronymPage(List<AcronymView> items,
                          @Schema(description = "Cursor of the next page, null on the last", nullable = true) String next) {
}
