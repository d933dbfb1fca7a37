package org.cablegate.versions;

/** A paragraph as one version of a cable printed it (the parser's normalised text). */
public record VersionParagraph(String n, String marking, String heading, String text) {
}
