package org.cablegate.rest;

import java.util.List;

/**
 * The diff page's data: each changed field and paragraph as runs of shared words and marked changes.
 *
 * @param versions every version number, for the links between them
 * @param imageUrl the card of the paragraph the page leads with (a lifted redaction's first), or null
 */
public record DiffPageModel(String refId, String subject, int from, int to, List<Integer> versions, String title,
                            String description, String canonicalUrl, String cableUrl, String apiUrl, String imageUrl,
                            List<Block> fields, List<Block> paragraphs, int lifted, int added) {

    /** A changed field ({@code label} its name) or paragraph ({@code label} ¶n), with its change and its words. */
    public record Block(String label, String anchor, String change, String permalink, List<Piece> pieces) {
    }

    /**
     * A run of words: {@code kind} is {@code same}, {@code del} or {@code ins}; {@code redaction} is {@code lifted},
     * {@code added} or null.
     */
    public record Piece(String kind, String text, String redaction) {
    }
}
