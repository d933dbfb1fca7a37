package org.cablegate.security;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.cablegate.config.CablesConfig;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Stream;

/**
 * The write keys in force: {@code cables.api-keys} (several at once, for rotation) and the single
 * {@code cables.api-key} of old. Only their SHA-256 digests are kept. A presented key is hashed and compared with
 * every digest in constant time, without stopping at a match: neither its length, nor how much of it matches, nor
 * which key it is shows in the time taken.
 */
@Singleton
public class ApiKeys {

    private final List<byte[]> digests;

    @Inject
    public ApiKeys(CablesConfig config) {
        this(Stream.concat(config.apiKey().stream(), config.apiKeys().stream().flatMap(List::stream)).toList());
    }

    /** Blank entries and surrounding spaces (as in {@code "a, b"}) are dropped; a key listed twice counts once. */
    public ApiKeys(Collection<String> keys) {
        var distinct = new LinkedHashSet<String>();
        for (var key : keys) {
            if (key != null && !key.isBlank()) {
                distinct.add(key.trim());
            }
        }
        var list = new ArrayList<byte[]>();
        distinct.forEach(k -> list.add(sha256(k)));
        this.digests = List.copyOf(list);
    }

    /** With no key configured, the service accepts no writes at all. */
    public boolean writesEnabled() {
        return !digests.isEmpty();
    }

    /** How many keys are accepted: two during a rotation. */
    public int count() {
        return digests.size();
    }

    public boolean accepts(String presented) {
        if (presented == null) {
            return false;
        }
        // Hashing first gives every comparison the same 32-byte length, whatever was sent.
        var given = sha256(presented.trim());
        var match = false;
        for (var digest : digests) {
            match |= MessageDigest.isEqual(digest, given);
        }
        return match;
    }

    private static byte[] sha256(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
