package org.cablegate.cache;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A cached answer is served only to a client whose Accept takes its type; any other goes on to the resource. */
class CachedAnswerNegotiationTest {

    private static final String JSON = "application/json;charset=UTF-8";

    @Test
    void servesClientsThatTakeTheTypeOrAnyType() {
        assertTrue(CacheFilters.accepts(null, JSON));
        assertTrue(CacheFilters.accepts("", JSON));
        assertTrue(CacheFilters.accepts("*/*", JSON));
        assertTrue(CacheFilters.accepts("application/*", JSON));
        assertTrue(CacheFilters.accepts("text/html, application/json;q=0.9", JSON));
        assertTrue(CacheFilters.accepts("Application/JSON", JSON));
    }

    @Test
    void passesOverClientsThatTakeAnotherTypeOrRefuseThisOne() {
        assertFalse(CacheFilters.accepts("image/png", JSON));
        assertFalse(CacheFilters.accepts("text/*", JSON));
        assertFalse(CacheFilters.accepts("application/json;q=0", JSON));
        assertFalse(CacheFilters.accepts("application/json; q=0.0, text/html", JSON));
        assertFalse(CacheFilters.accepts("application/json", "text/html;charset=UTF-8"));
    }
}
