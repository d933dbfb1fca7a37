package org.cablegate.versions;

/**
 * One change inside a text: words deleted, inserted or replaced.
 *
 * @param op        {@code insert}, {@code delete} or {@code replace}
 * @param before    the words before (null for an insert)
 * @param after     the words after (null for a delete)
 * @param redaction {@code lifted} when redaction marks gave way to text, {@code added} for the reverse, else null
 */
public record Span(String op, String before, String after, String redaction) {
}
