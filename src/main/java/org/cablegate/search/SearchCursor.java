package org.cablegate.search;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Where a page of hits ended: the sort key of its last hit (score or creation time, then reference ID). Opaque to
 * clients (base64url). A relevance cursor holds the score's exact bits, so the next page starts right after it as
 * long as the index has not changed in between; after a change, scores move a little and a page may repeat or skip
 * a hit near its edge, never fail.
 */
public record SearchCursor(SearchOrder order, float score, long created, String refId) {

    public String encode() {
        var raw = order == SearchOrder.RELEVANCE
                ? "r:" + Integer.toHexString(Float.floatToIntBits(score)) + ":" + refId
                : "d:" + created + ":" + refId;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor in {@code text}; IllegalArgumentException for anything this class did not write. */
    public static SearchCursor decode(String text) {
        var raw = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
        var parts = raw.split(":", 3);
        if (parts.length != 3 || parts[2].isEmpty()) {
            throw new IllegalArgumentException("not a search cursor");
        }
        try {
            return switch (parts[0]) {
                case "r" -> new SearchCursor(SearchOrder.RELEVANCE,
                        Float.intBitsToFloat(Integer.parseUnsignedInt(parts[1], 16)), 0, parts[2]);
                case "d" -> new SearchCursor(SearchOrder.DATE, 0, Long.parseLong(parts[1]), parts[2]);
                default -> throw new IllegalArgumentException("not a search cursor");
            };
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a search cursor", e);
        }
    }
}
