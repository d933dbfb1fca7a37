package org.cablegate.security;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.HashMap;
import java.util.Map;

/**
 * Two keys in rotation beside the suites' single {@code test-key}, and a read limit low enough to reach: 10 requests
 * at once, then one per 100 s. Each test sends reads as a client of its own (X-Forwarded-For, trusted here).
 */
public class SecurityProfile implements QuarkusTestProfile {

    static final String OLD_KEY = "key-2026-a";
    static final String NEW_KEY = "key-2026-b";
    static final int BURST = 10;

    @Override
    public Map<String, String> getConfigOverrides() {
        var config = new HashMap<String, String>();
        config.put("cables.api-keys", OLD_KEY + ", " + NEW_KEY);
        // The %test values in application.properties are overridden under both names, whichever SmallRye looks up.
        for (var prefix : new String[]{"", "%test."}) {
            config.put(prefix + "cables.rate-limit.burst", Integer.toString(BURST));
            config.put(prefix + "cables.rate-limit.requests-per-second", "0.01");
            // The test client connects from the loopback address: trusted here as the proxy in front.
            config.put(prefix + "quarkus.http.proxy.proxy-address-forwarding", "true");
            config.put(prefix + "quarkus.http.proxy.trusted-proxies", "127.0.0.1,::1");
        }
        return config;
    }
}
