package org.cablegate.persistence;

import org.cablegate.ingest.CableParseException;
import org.cablegate.ingest.ParsedCable;

/**
 * What the schema can hold, checked before writing so that a cable out of bounds is refused with a reason instead of
 * failing half-way through its transaction.
 */
public final class CableLimits {

    private CableLimits() {
    }

    public static void check(ParsedCable c) throws CableParseException {
        require(c.refId() != null && c.refId().length() <= 40, "reference ID is missing or longer than 40 characters");
        require(c.created() != null, "no date: neither a DTG in the header nor a publisher's date was found");
        require(within(c.classification(), 64), "classification is longer than 64 characters");
        require(within(c.origin(), 128), "origin is longer than 128 characters");
        require(within(c.header().from(), 255), "sender is longer than 255 characters");
        require(within(c.caption().signer(), 255), "signer is longer than 255 characters");
        for (var tag : c.caption().tags()) {
            if (tag.length() > 128) {
                throw new CableParseException("tag longer than 128 characters: " + tag.substring(0, 40) + "…", 0);
            }
        }
        for (var r : c.header().to()) {
            require(within(r.name(), 255), "recipient name longer than 255 characters");
        }
        for (var r : c.header().info()) {
            require(within(r.name(), 255), "recipient name longer than 255 characters");
        }
        for (var p : c.paragraphs()) {
            require(p.n().length() <= 16, "paragraph key longer than 16 characters: " + p.n());
        }
    }

    private static boolean within(String s, int max) {
        return s == null || s.length() <= max;
    }

    private static void require(boolean ok, String problem) throws CableParseException {
        if (!ok) {
            throw new CableParseException(problem, 0);
        }
    }
}
