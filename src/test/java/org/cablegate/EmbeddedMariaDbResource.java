package org.cablegate;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.cablegate.persistence.EmbeddedMariaDb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

/** A throw-away embedded MariaDB for the test run: the same server the service runs on, never H2 or a mock. */
public class EmbeddedMariaDbResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedMariaDb db;

    @Override
    public Map<String, String> start() {
        try {
            db = EmbeddedMariaDb.start(Files.createTempDirectory("cablegate-test-db"), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return db.datasourceProperties();
    }

    /** Hands the server to test fields annotated {@link InjectEmbeddedMariaDb}, for tests that stop and restart it. */
    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(db, new TestInjector.AnnotatedAndMatchesType(InjectEmbeddedMariaDb.class,
                EmbeddedMariaDb.class));
    }

    @Override
    public void stop() {
        if (db != null) {
            db.close();
        }
    }
}
