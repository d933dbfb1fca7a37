package org.cablegate.share;

import java.util.List;

/** What a post is made from: a paragraph, its permalink, and the spans no cut may split. */
public record ShareParagraph(String refId, String n, String text, String permalink, List<TextSpan> protectedSpans) {
}
