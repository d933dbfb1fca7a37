package org.cablegate.health;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * A service and database of their own (the test freezes that database), the response cache off so that every read
 * goes to the database, and the production bounds: pool wait, connect and socket timeouts, the request deadline.
 */
public class DatabaseFreezeProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("cables.cache.max-bytes", "0",
                "cables.request-deadline", "1900ms",
                "quarkus.datasource.jdbc.acquisition-timeout", "1500ms",
                "quarkus.datasource.jdbc.additional-jdbc-properties.connectTimeout", "1000",
                "quarkus.datasource.jdbc.additional-jdbc-properties.socketTimeout", "1500");
    }
}
