package org.cablegate.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** {@code sha256:} + the first 16 hex digits of the SHA-256 of a paragraph's normalised text in UTF-8. */
public final class Fingerprints {

    private Fingerprints() {
    }

    public static String of(String normalisedText) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(normalisedText.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
