package org.cablegate.rest;

import jakarta.enterprise.context.ApplicationScoped;
import org.cablegate.config.CablesConfig;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;

/** Lets a write through only with {@code Authorization: Bearer <CABLES_API_KEY>}. */
@ApplicationScoped
public class ApiKeyGuard {

    private static final String BEARER = "Bearer ";

    private final CablesConfig config;

    public ApiKeyGuard(CablesConfig config) {
        this.config = config;
    }

    public void check(String authorization) {
        var key = config.apiKey().filter(k -> !k.isBlank());
        if (key.isEmpty()) {
            throw new ApiProblem(403, "writes-disabled", "Writes are disabled",
                    "This server has no CABLES_API_KEY configured, so it accepts no writes");
        }
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw new ApiProblem(401, "unauthenticated", "Authentication required",
                    "Send the API key as 'Authorization: Bearer <key>'", Map.of(),
                    Map.of("WWW-Authenticate", "Bearer realm=\"cablegate\""));
        }
        var given = authorization.substring(BEARER.length()).trim().getBytes(StandardCharsets.UTF_8);
        // Constant-time comparison: the time taken reveals nothing about the key.
        if (!MessageDigest.isEqual(given, key.get().getBytes(StandardCharsets.UTF_8))) {
            throw new ApiProblem(403, "forbidden", "Forbidden", "The API key is not valid for writes");
        }
    }
}
