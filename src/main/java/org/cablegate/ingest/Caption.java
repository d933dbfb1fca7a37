package org.cablegate.ingest;

import java.util.List;

/**
 * The caption block and the parts of the body that describe the cable as a whole.
 *
 * @param tags         TAGS, each whole ({@code SNAR}, {@code CLINTON, HILLARY})
 * @param subject      SUBJECT with wrapped lines joined, or null when the cable has none
 * @param references   REF lines, resolved to reference IDs
 * @param classifiedBy the "Classified By:" line's value, or null
 * @param classifiers  the names of the officials who classified the cable, read from that value
 * @param summary      text between SUMMARY and END SUMMARY, or null
 * @param signer       the signer's name that ends the cable, or null
 */
public record Caption(
        List<String> tags,
        String subject,
        List<Reference> references,
        String classifiedBy,
        List<String> classifiers,
        String summary,
        String signer) {
}
