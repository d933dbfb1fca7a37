package org.cablegate;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import org.cablegate.cli.CablegateCommand;
import org.cablegate.persistence.EmbeddedMariaDb;
import org.jboss.logging.Logger;

import java.nio.file.Path;

/**
 * Starts the service. With no {@code QUARKUS_DATASOURCE_JDBC_URL}, an embedded MariaDB is started first under
 * {@code CABLES_DATA_DIR} (default {@code ./data}) and stopped with the service, so that a machine with only a JDK
 * runs the real thing.
 */
@QuarkusMain
public class CablegateMain {

    private static final Logger LOG = Logger.getLogger(CablegateMain.class);

    public static void main(String... args) {
        if (CablegateCommand.isCommand(args)) {
            // A command shares the service's database, not its port (the service may be running), and starts no
            // background work of the service's own.
            setIfAbsent("quarkus.http.port", "0");
            setIfAbsent("quarkus.management.port", "0");
            // Nobody waits on a command's reads: statements over the whole corpus may take minutes.
            setIfAbsent("quarkus.datasource.jdbc.additional-jdbc-properties.socketTimeout", "600000");
            setIfAbsent("cables.import.samples-on-empty-database", "false");
            setIfAbsent("cables.import.resume-jobs-at-start", "false");
            // A command writes or rebuilds, and exits: it follows no change log (nor prunes it); the service does.
            setIfAbsent("cables.search.follow-millis", "0");
            setIfAbsent("quarkus.log.console.level", "WARN");
            setIfAbsent("quarkus.banner.enabled", "false");
            // Nobody searches while a command runs: refresh the search index rarely (fewer, larger segments to
            // merge); the command waits for its documents and the index commits when it closes.
            setIfAbsent("cables.search.refresh-millis", "60000");
            setIfAbsent("cables.search.refresh-on-write", "false");
            setIfAbsent("cables.search.commit-seconds", "300");
            // Vectors are embedded by the service in the background, or by `reindex --vectors`, not by other commands.
            setIfAbsent("cables.search.vectors", "false");
            // The cables a command writes are indexed by the services that search them, from the change log (an
            // empty index is rebuilt when a service starts): the import's index in a Kubernetes Job is thrown away,
            // and indexing took a third of the command's CPU. `-Dcables.search.index-writes=true` indexes them here.
            setIfAbsent("cables.search.index-writes", "false");
            // Rebuilding a missing index and warming searches up are the service's start-up work, not a command's.
            setIfAbsent("cables.search.rebuild-when-missing", "false");
            setIfAbsent("cables.search.warm-up", "false");
        }
        EmbeddedMariaDb embedded = null;
        if (isBlank(System.getenv("QUARKUS_DATASOURCE_JDBC_URL"))
                && isBlank(System.getProperty("quarkus.datasource.jdbc.url"))) {
            var dataDir = Path.of(firstNonBlank(System.getenv("CABLES_DATA_DIR"),
                    System.getProperty("cables.data-dir"), "data")).toAbsolutePath();
            LOG.infof("No QUARKUS_DATASOURCE_JDBC_URL set: starting an embedded MariaDB in %s", dataDir);
            embedded = EmbeddedMariaDb.start(dataDir, true);
            embedded.datasourceProperties().forEach(System::setProperty);
        }
        var database = embedded;
        // Quarkus exits the JVM itself when the application stops: stop the database in its exit path.
        Quarkus.run(CablegateCommand.class, (exitCode, failure) -> {
            if (failure != null) {
                // Quarkus leaves start-up failures to the exit handler: say why, or the process exits silently.
                LOG.errorf(failure, "The service could not start: %s", failure.getMessage());
            }
            if (database != null) {
                database.close();
            }
            System.exit(exitCode);
        }, args);
    }

    private static void setIfAbsent(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String firstNonBlank(String... values) {
        for (var v : values) {
            if (!isBlank(v)) {
                return v;
            }
        }
        return null;
    }
}
