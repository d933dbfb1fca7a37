package org.cablegate.rest.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

@Schema(name = "Fact", requiredProperties = {"id", "refId", "n", "type", "text", "start", "end", "permalink"},
        description = "A figure or mention found in a paragraph. `text` is exactly "
        + "`paragraph.text.substring(start, end)`. Members that do not apply to the type are left out.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FactView(
        @Schema(description = "Stable id: refId-n-type-start", example = "06ASTANA590-20-quantity-32") String id,
        @Schema(example = "06ASTANA590") String refId,
        @Schema(example = "20") String n,
        @Schema(enumeration = {"quantity", "money", "percentage", "date", "reference", "acronym", "count"}, example = "quantity") String type,
        @Schema(description = "The exact surface text", example = "22,549 kilos") String text,
        @Schema(description = "Offset of the first character in the paragraph's text", example = "32") int start,
        @Schema(description = "Offset after the last character", example = "44") int end,
        @Schema(description = "Normalised value (kg, L, m2, currency units, percent)", example = "22549") BigDecimal value,
        @Schema(description = "Low end of a range", example = "100000") BigDecimal valueMin,
        @Schema(description = "High end of a range", example = "120000") BigDecimal valueMax,
        @Schema(example = "kg") String unit,
        @Schema(description = "ISO 4217", example = "USD") String currency,
        @Schema(description = "Unit a price is quoted per", example = "kg") String per,
        @Schema(example = "drugs") String substance,
        @Schema(enumeration = {"increase", "decrease"}) String direction,
        @Schema(description = "ISO date, partial date or interval", example = "2006-09-29") String date,
        @Schema(description = "Reference: the cited refId; acronym: the expansion", example = "06STATE154928") String target,
        @Schema(description = "Acronym facts: the acronym defined", example = "KNB") String acronym,
        @Schema(description = "The paragraph's permalink", example = "http://localhost:8080/c/06ASTANA590/20") String permalink) {
}
