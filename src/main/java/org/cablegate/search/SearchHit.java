package org.cablegate.search;

import java.time.Instant;
import java.util.List;

/** One cable found, with what a list shows of it and its best paragraphs. */
public record SearchHit(String refId, String subject, Instant created, Instant released, String classification,
                        String origin, List<String> tags, int paragraphCount, float score,
                        List<ParagraphMatch> paragraphs) {

    /**
     * A paragraph that matched, best first.
     *
     * @param n       the paragraph's key
     * @param excerpt a piece of its text around the first match, HTML-escaped, matched words in {@code <mark>}
     */
    public record ParagraphMatch(String n, String excerpt) {
    }
}
