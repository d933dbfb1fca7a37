package org.cablegate.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ParagraphMatch", description = "A paragraph of a search hit that matched the query, best first")
public record ParagraphMatch(
        @Schema(description = "The paragraph's key", example = "20") String n,
        @Schema(example = "http://localhost:8080/c/06ASTANA590/20") String permalink,
        @Schema(description = "Up to about 320 characters of the paragraph around its first match, HTML-escaped, "
                + "the matched words in <mark>…</mark>; … where text was cut",
                example = "…publicly burned seized Afghanistan <mark>heroin</mark>. In July, 43 kilos were burned…")
        String excerpt) {
}
