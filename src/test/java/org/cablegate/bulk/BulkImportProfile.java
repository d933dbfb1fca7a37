package org.cablegate.bulk;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** Small batches, so that a test-sized dump crosses many batch boundaries; a database of its own. */
public class BulkImportProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("cables.import.batch-size", "20",
                "cables.import.spool-dir", System.getProperty("java.io.tmpdir") + "/cablegate-test-spool");
    }
}
