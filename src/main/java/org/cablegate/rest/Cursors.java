package org.cablegate.rest;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Opaque keyset cursors: the sort key (a time and a tie-breaking id) of the last item sent, base64url-encoded.
 * Clients pass them back unchanged; they never depend on offsets, so pages stay stable under inserts.
 */
public final class Cursors {

    /** A decoded cursor. */
    public record Key(Instant time, String id) {
    }

    private static final long EARLIEST = -2_208_988_800L;
    private static final long LATEST = 7_258_118_400L;

    private Cursors() {
    }

    public static String of(Instant time, String id) {
        var raw = time.getEpochSecond() + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** The key in {@code cursor}, or null for none; a cursor this API did not issue is a 400. */
    public static Key parse(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            var raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            var colon = raw.indexOf(':');
            var id = raw.substring(colon + 1);
            if (colon < 1 || id.isEmpty()) {
                throw new IllegalArgumentException("no key");
            }
            var seconds = Long.parseLong(raw.substring(0, colon));
            // Every key time this API issues lies between 1900 and 2200: anything else was forged.
            if (seconds < EARLIEST || seconds > LATEST) {
                throw new IllegalArgumentException("time out of range");
            }
            return new Key(Instant.ofEpochSecond(seconds), id);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw ApiProblem.badRequest("cursor: not a cursor this API issued; pass the `next` value of a previous page");
        }
    }

    /** A cursor over a list ordered by one text key (the glossary). */
    static String ofText(String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("t:" + key).getBytes(StandardCharsets.UTF_8));
    }

    static String parseText(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            var raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!raw.startsWith("t:") || raw.length() < 3) {
                throw new IllegalArgumentException("not a text cursor");
            }
            return raw.substring(2);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("cursor: not a cursor this API issued; pass the `next` value of a previous page");
        }
    }
}
