package org.cablegate.share;

/**
 * A paragraph as a page shows it.
 *
 * @param headingStarts whether its heading differs from the previous paragraph's, so the page prints it here
 */
public record PageParagraph(String n, String marking, String heading, String text, String permalink,
                            String fingerprint, boolean headingStarts) {
}
