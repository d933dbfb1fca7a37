package org.cablegate.deadline;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** A short deadline, so that a test can be on either side of it without waiting seconds. */
public class RequestDeadlineProfile implements QuarkusTestProfile {

    static final long DEADLINE_MILLIS = 300;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("cables.request-deadline", DEADLINE_MILLIS + "ms", "cables.cache.max-bytes", "0");
    }
}
