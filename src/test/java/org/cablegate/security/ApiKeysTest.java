package org.cablegate.security;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApiKeysTest {

    @Test
    void everyKeyOfARotationIsAcceptedAndNoOther() {
        var keys = new ApiKeys(List.of("key-2026-a", "key-2026-b"));
        assertTrue(keys.accepts("key-2026-a"));
        assertTrue(keys.accepts("key-2026-b"));
        assertFalse(keys.accepts("key-2026-c"));
        assertFalse(keys.accepts("key-2026-"));
        assertFalse(keys.accepts("key-2026-aa"));
        assertFalse(keys.accepts(""));
        assertFalse(keys.accepts(null));
    }

    @Test
    void spacesAroundListedKeysAndBlankEntriesAreDropped() {
        // "a, b" as an operator writes it, and a trailing comma
        var keys = new ApiKeys(Arrays.asList(" key-a", "key-b ", "", "  ", null));
        assertEquals(2, keys.count());
        assertTrue(keys.accepts("key-a"));
        assertTrue(keys.accepts("key-b"));
    }

    @Test
    void aKeyListedTwiceCountsOnce() {
        assertEquals(1, new ApiKeys(List.of("same", "same")).count());
    }

    @Test
    void withNoKeyWritesAreDisabledAndNothingIsAccepted() {
        var keys = new ApiKeys(List.of());
        assertFalse(keys.writesEnabled());
        assertFalse(keys.accepts(""));
        assertFalse(keys.accepts("anything"));
    }

    @Test
    void onlyABearerAuthorizationCarriesAKey() {
        assertEquals("abc", ApiKeyAuthenticationMechanism.bearerToken("Bearer abc"));
        assertEquals("abc", ApiKeyAuthenticationMechanism.bearerToken("bearer  abc "));
        assertNull(ApiKeyAuthenticationMechanism.bearerToken("Basic YWxhZGRpbjpvcGVu"));
        assertNull(ApiKeyAuthenticationMechanism.bearerToken("Bearer"));
        assertNull(ApiKeyAuthenticationMechanism.bearerToken("Bearer   "));
        assertNull(ApiKeyAuthenticationMechanism.bearerToken("Bearerabc"));
        assertNull(ApiKeyAuthenticationMechanism.bearerToken(null));
    }
}
