package org.cablegate.persistence;

import org.cablegate.ingest.ParsedCable;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A digest of everything an import would write for a cable. Equal digests mean an import can skip the write.
 * The source format is left out: the same cable from another format with the same content is unchanged.
 */
public final class ContentHash {

    private ContentHash() {
    }

    public static String of(ParsedCable cable) {
        // Records print all their components, nested records included, in a stable order.
        var canonical = new ParsedCable(cable.refId(), cable.created(), cable.released(), cable.classification(),
                cable.origin(), cable.header(), cable.caption(), cable.paragraphs(), null).toString();
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
