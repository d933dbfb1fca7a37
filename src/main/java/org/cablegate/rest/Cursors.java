package org.cablegate.rest;

import org.cablegate.persistence.CableKey;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/** Opaque keyset cursors: the sort key of the last item sent, base64url-encoded. */
final class Cursors {

    private Cursors() {
    }

    static String of(CableKey key) {
        var raw = key.created().getEpochSecond() + ":" + key.refId();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static CableKey parse(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            var raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            var colon = raw.indexOf(':');
            var refId = raw.substring(colon + 1);
            if (colon < 1 || refId.isEmpty()) {
                throw new IllegalArgumentException("no key");
            }
            return new CableKey(Instant.ofEpochSecond(Long.parseLong(raw.substring(0, colon))), refId);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw ApiProblem.badRequest("cursor: not a cursor this API issued; pass the `next` value of a previous page");
        }
    }
}
