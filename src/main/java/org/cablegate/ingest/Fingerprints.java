package org.cablegate.ingest;

import org.cablegate.versions.ContentNormaliser;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * {@code sha256:} + the first 16 hex digits of the SHA-256 of a paragraph's normalised text in UTF-8, read the way
 * versions are compared ({@link ContentNormaliser}): typographic quotes and dashes as their ASCII forms. A build that
 * only turned {@code "} into {@code “}…{@code ”} (09UNVIEVIENNA540) is layout, and keeps every fingerprint.
 */
public final class Fingerprints {

    private Fingerprints() {
    }

    public static String of(String normalisedText) {
        var text = needsFolding(normalisedText) ? ContentNormaliser.normalise(normalisedText) : normalisedText;
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Whether the text holds anything the comparison form changes: most paragraphs are plain ASCII and do not. */
    private static boolean needsFolding(String text) {
        for (int i = 0; i < text.length(); i++) {
            var c = text.charAt(i);
            if (c > 127 || c == '`' || (c == '-' || c == '\'') && i + 1 < text.length() && text.charAt(i + 1) == c
                    || Character.isWhitespace(c) && c != ' ') {
                return true;
            }
        }
        return text.startsWith(" ") || text.endsWith(" ") || text.contains("  ");
    }
}
