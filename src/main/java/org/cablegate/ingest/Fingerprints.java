package org.cablegate.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * {@code sha256:} + the first 16 hex digits of the SHA-256 of a paragraph's normalised text in UTF-8, read the way
 * versions are compared ({@code versions.ContentNormaliser}): typographic quotes and dashes as their
 * ASCII forms. A build that only turned {@code "} into {@code “}…{@code ”} (09UNVIEVIENNA540) is layout, and keeps
 * every fingerprint.
 */
public final class Fingerprints {

    private Fingerprints() {
    }

    /** One SHA-256 per thread: looking the algorithm up for every paragraph cost more than hashing it. */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    });

    public static String of(String normalisedText) {
        var bytes = normalisedText.getBytes(StandardCharsets.UTF_8);
        int length = bytes.length;
        // ASCII (as many bytes as chars) without "--", "''", "`", double or edge spaces is its own comparison form:
        // told by the JDK's vectorised searches rather than a loop over every char
        if (length != normalisedText.length()) {
            bytes = comparisonForm(normalisedText).getBytes(StandardCharsets.UTF_8);
            length = bytes.length;
        } else if (plainAsciiNeedsFolding(normalisedText)) {
            // ASCII folds into ASCII: folded byte by byte, the way fold() does it char by char
            var folded = new byte[length * 2 + 4];
            length = foldAscii(bytes, folded);
            bytes = folded;
        }
        var sha = SHA256.get();
        sha.update(bytes, 0, length);
        return "sha256:" + HexFormat.of().formatHex(sha.digest(), 0, 8);
    }

    /**
     * {@link #fold(String)} of an ASCII text, from and to bytes; the length written. Of its cases only spaces, runs
     * of dashes and quotes ({@code `}, {@code '}) are ASCII.
     */
    private static int foldAscii(byte[] text, byte[] out) {
        int n = text.length;
        int length = 0;
        boolean space = false;
        for (int i = 0; i < n; i++) {
            var c = text[i];
            if (c > ' ' && c != '-' && c != '`' && c != '\'') {
                // most chars: copied, after the space they may stand behind
                if (space) {
                    out[length++] = ' ';
                    space = false;
                }
                out[length++] = c;
                continue;
            }
            if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\u000B' || c == '\f') {
                space = length > 0;
                continue;
            }
            if (c == '-' && i + 1 < n && text[i + 1] == '-') {
                while (i + 1 < n && text[i + 1] == '-') {
                    i++;
                }
                if (length > 0) {
                    out[length++] = ' ';
                }
                out[length++] = '-';
                out[length++] = '-';
                space = true;
                continue;
            }
            if (space) {
                out[length++] = ' ';
                space = false;
            }
            if (c == '`' || c == '\'') {
                if (length > 0 && out[length - 1] == '\'') {
                    out[length - 1] = '"'; // '' is a double quote
                } else {
                    out[length++] = '\'';
                }
            } else {
                out[length++] = c;
            }
        }
        return length;
    }

    /**
     * The text as {@code ContentNormaliser.normalise} gives it, in one pass over the characters: its four regular
     * expressions over every paragraph made the parser three times slower.
     */
    static String comparisonForm(String text) {
        return needsFolding(text) ? fold(text) : text;
    }

    private static boolean plainAsciiNeedsFolding(String text) {
        return text.contains("--") || text.contains("''") || text.contains("  ") || text.indexOf('`') >= 0
                || text.indexOf('\n') >= 0 || text.indexOf('\t') >= 0 || text.indexOf('\r') >= 0
                || !text.isEmpty() && (text.charAt(0) == ' ' || text.charAt(text.length() - 1) == ' ');
    }

    /** Whether the comparison form differs from the text: most paragraphs are plain, singly spaced ASCII. */
    private static boolean needsFolding(String text) {
        int n = text.length();
        if (n > 0 && (text.charAt(0) == ' ' || text.charAt(n - 1) == ' ')) {
            return true;
        }
        for (int i = 0; i < n; i++) {
            var c = text.charAt(i);
            if (c > 127 || c == '`' || c < ' ') {
                return true;
            }
            if ((c == '-' || c == '\'' || c == ' ') && i + 1 < n && text.charAt(i + 1) == c) {
                return true;
            }
        }
        return false;
    }

    private static String fold(String text) {
        // a char array, not a StringBuilder: one "--" grows by two, so the text's length plus a margin per dash
        var out = new char[text.length() * 2 + 4];
        int length = 0;
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            var c = text.charAt(i);
            if (c > ' ' && c < 127 && c != '-' && c != '`' && c != '\'') {
                // a printable ASCII char that folds into itself: no soft hyphen, space, dash or quote
                if (space) {
                    out[length++] = ' ';
                    space = false;
                }
                out[length++] = c;
                continue;
            }
            if (c == '\u00AD') {
                continue;
            }
            if (isSpace(c)) {
                space = length > 0;
                continue;
            }
            if (c >= '\u2012' && c <= '\u2015' || c == '-' && i + 1 < text.length() && text.charAt(i + 1) == '-') {
                while (c == '-' && i + 1 < text.length() && text.charAt(i + 1) == '-') {
                    i++;
                }
                if (length > 0) {
                    out[length++] = ' ';
                }
                out[length++] = '-';
                out[length++] = '-';
                space = true;
                continue;
            }
            if (space) {
                out[length++] = ' ';
                space = false;
            }
            switch (c) {
                case '\u2026' -> out[length++] = '.';
                case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u00B4', '`', '\'' -> {
                    if (length > 0 && out[length - 1] == '\'') {
                        out[length - 1] = '"'; // '' is a double quote
                    } else {
                        out[length++] = '\'';
                    }
                }
                case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> out[length++] = '"';
                default -> out[length++] = c;
            }
        }
        return new String(out, 0, length);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\u000B' || c == '\f' || c == '\u00A0'
                || c == '\u2007' || c == '\u202F' || c == '\u200B';
    }
}
