package org.cablegate.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * {@code sha256:} + the first 16 hex digits of the SHA-256 of a paragraph's normalised text in UTF-8, read the way
 * versions are compared ({@link org.cablegate.versions.ContentNormaliser}): typographic quotes and dashes as their
 * ASCII forms. A build that only turned {@code "} into {@code “}…{@code ”} (09UNVIEVIENNA540) is layout, and keeps
 * every fingerprint.
 */
public final class Fingerprints {

    private Fingerprints() {
    }

    public static String of(String normalisedText) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(comparisonForm(normalisedText).getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /**
     * The text as {@code ContentNormaliser.normalise} gives it, in one pass over the characters: its four regular
     * expressions over every paragraph made the parser three times slower.
     */
    static String comparisonForm(String text) {
        var out = new StringBuilder(text.length() + 8);
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            var c = text.charAt(i);
            if (c == '\u00AD') {
                continue;
            }
            if (isSpace(c)) {
                space = out.length() > 0;
                continue;
            }
            var dash = c >= '\u2012' && c <= '\u2015' || c == '-' && i + 1 < text.length() && text.charAt(i + 1) == '-';
            if (dash) {
                while (c == '-' && i + 1 < text.length() && text.charAt(i + 1) == '-') {
                    i++;
                }
                out.append(out.length() > 0 ? " --" : "--");
                space = true;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            switch (c) {
                case '\u2026' -> out.append('.');
                case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u00B4', '`', '\'' -> {
                    int last = out.length() - 1;
                    if (last >= 0 && out.charAt(last) == '\'' && !space) {
                        out.setCharAt(last, '"'); // '' is a double quote
                    } else {
                        out.append('\'');
                    }
                }
                case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> out.append('"');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\u000B' || c == '\f' || c == '\u00A0'
                || c == '\u2007' || c == '\u202F' || c == '\u200B';
    }
}
