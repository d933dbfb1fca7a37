package org.cablegate.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

@Schema(name = "FactTotal", description = "Sum of the normalised values of the facts in one group (ranges at their midpoint)")
public record FactTotalView(
        @Schema(example = "heroin", nullable = true) String substance,
        @Schema(example = "Embassy Astana", nullable = true) String origin,
        @Schema(example = "2008") Integer year,
        @Schema(description = "Unit or currency of the total", example = "kg") String unit,
        @Schema(example = "1879") BigDecimal total,
        @Schema(example = "2") long facts,
        @Schema(example = "1") long cables) {
}
