package org.cablegate.ingest;

/**
 * One body paragraph.
 *
 * @param n           the paragraph's key: the number the cable prints ({@code "20"}); ordinals when the cable
 *                    prints none; see {@code ParagraphKeys} for repeated numbers and text before the first one
 * @param position    0-based position in document order
 * @param marking     classification marking without parentheses ({@code SBU}, {@code C/NF}), or null
 * @param heading     the section heading the paragraph stands under, or null
 * @param text        normalised text: page-break lines, number and marking removed, lines joined by single spaces
 * @param fingerprint {@code sha256:} + the first 16 hex digits of the SHA-256 of {@code text} in UTF-8
 */
public record Paragraph(
        String n,
        int position,
        String marking,
        String heading,
        String text,
        String fingerprint) {
}
