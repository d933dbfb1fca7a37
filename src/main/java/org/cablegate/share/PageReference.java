package org.cablegate.share;

/** A cited cable; {@code href} is its page when it is in the corpus, else null. */
public record PageReference(String label, String refId, String href) {
}
