package org.cablegate.deploy;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Flyway migrations run on the Galera cluster as they are: Galera replicates InnoDB only, certifies rows by
 * primary key, and refuses a cached sequence ({@code ERROR 1235: CACHE without INCREMENT BY 0 in Galera cluster}),
 * which is what a plain {@code CREATE SEQUENCE} is (CACHE 1000 by default).
 */
class GaleraCompatibleSchemaTest {

    @Test
    void everyStatementOfEveryMigrationIsAcceptedByGalera() throws IOException {
        var problems = new ArrayList<String>();
        var statements = statements();
        assertFalse(statements.isEmpty());
        for (var statement : statements) {
            problems.addAll(GaleraRules.violations(statement));
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void rulesRefuseWhatGaleraRefuses() {
        assertFalse(GaleraRules.violations("CREATE SEQUENCE s START WITH 1 INCREMENT BY 50").isEmpty());
        assertTrue(GaleraRules.violations("CREATE SEQUENCE s START WITH 1 INCREMENT BY 50 NOCACHE").isEmpty());
        assertTrue(GaleraRules.violations("CREATE SEQUENCE s INCREMENT BY 0").isEmpty());
        assertFalse(GaleraRules.violations("CREATE TABLE t (a INT)").isEmpty(), "no primary key");
        assertTrue(GaleraRules.violations("CREATE TABLE t (a INT NOT NULL PRIMARY KEY)").isEmpty());
        assertFalse(GaleraRules.violations("CREATE TABLE t (a INT PRIMARY KEY) ENGINE=MyISAM").isEmpty());
        assertTrue(GaleraRules.violations("CREATE TABLE t (a INT PRIMARY KEY) ENGINE = InnoDB").isEmpty());
    }

    private static List<String> statements() throws IOException {
        var statements = new ArrayList<String>();
        try (Stream<Path> files = Files.list(Project.MIGRATIONS)) {
            for (var file : files.filter(f -> f.toString().endsWith(".sql")).sorted().toList()) {
                var sql = Files.readString(file).replaceAll("(?m)--.*$", "").replaceAll("(?s)/\\*.*?\\*/", "");
                for (var statement : sql.split(";")) {
                    if (!statement.isBlank()) {
                        statements.add(file.getFileName() + ": " + statement.trim().replaceAll("\\s+", " "));
                    }
                }
            }
        }
        return statements;
    }

    /** What Galera refuses or replicates wrongly, statement by statement. */
    static final class GaleraRules {

        static List<String> violations(String statement) {
            var sql = statement.toUpperCase(Locale.ROOT);
            var found = new ArrayList<String>();
            if (sql.contains("CREATE SEQUENCE") && !sql.contains("NOCACHE") && !sql.matches(".*INCREMENT\\s+BY\\s+0\\b.*")) {
                found.add(statement + "  -> cached sequence: add NOCACHE (keeps INCREMENT BY for Hibernate's pooled ids)");
            }
            if (sql.contains("CREATE TABLE") && !sql.contains("PRIMARY KEY")) {
                found.add(statement + "  -> no primary key: Galera certifies and applies rows by key");
            }
            if (sql.matches(".*\\bENGINE\\s*+=\\s*+(?!INNODB\\b).*")) {
                found.add(statement + "  -> not InnoDB: Galera does not replicate it");
            }
            return found;
        }
    }
}
