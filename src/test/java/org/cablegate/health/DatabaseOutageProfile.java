package org.cablegate.health;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * A service and database of their own (the test stops that database), with the response cache off so that every
 * read goes to the database, and the production timeouts (the test profile relaxes them for loaded machines).
 */
public class DatabaseOutageProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("cables.cache.max-bytes", "0",
                "quarkus.datasource.jdbc.acquisition-timeout", "1500ms",
                "quarkus.datasource.jdbc.additional-jdbc-properties.connectTimeout", "1000");
    }
}
