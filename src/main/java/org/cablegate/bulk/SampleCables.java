package org.cablegate.bulk;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.cablegate.config.CablesConfig;
import org.cablegate.ingest.CableParseException;
import org.cablegate.persistence.CableQueries;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * On first start with an empty database, imports the sample cables bundled with the service (the team's corpus), so
 * that a newcomer sees real data at once. Never runs on a database that holds anything.
 */
@ApplicationScoped
public class SampleCables {

    private static final Logger LOG = Logger.getLogger(SampleCables.class);
    private static final String INDEX = "samples/index.txt";
    private static final String FIRST = "06ASTANA590";

    private final CablesConfig config;
    private final CableQueries queries;
    private final CableImporter importer;

    public SampleCables(CablesConfig config, CableQueries queries, CableImporter importer) {
        this.config = config;
        this.queries = queries;
        this.importer = importer;
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.importing().samplesOnEmptyDatabase() || !queries.isEmpty()) {
            return;
        }
        int imported = 0;
        for (var name : read(INDEX).lines().filter(l -> !l.isBlank()).toList()) {
            try {
                importer.importText(read("samples/" + name));
                imported++;
            } catch (CableParseException e) {
                LOG.warnf("Sample %s was not imported: %s", name, e.getMessage());
            }
        }
        LOG.infof("Imported %d sample cables into the empty database. Try %s/api/v1/cables/%s or %s/c/%s",
                imported, config.baseUrl(), FIRST, config.baseUrl(), FIRST);
    }

    private static String read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing bundled resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
