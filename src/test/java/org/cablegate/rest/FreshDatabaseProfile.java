package org.cablegate.rest;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * A service and database of their own, for tests that count what their first import creates: the other API tests
 * share one database and import some of the same cables.
 */
public class FreshDatabaseProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("cables.cache.ttl-seconds", "299");
    }
}
