package org.cablegate.bulk;

import org.cablegate.persistence.EmbeddedMariaDb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code kill -9} in the middle of {@code import FILE}, then the same command again: the packaged service, a real
 * MariaDB, a real SIGKILL. The result must equal an uninterrupted import row for row: no duplicates, no half-written
 * cable, the same paragraphs, fingerprints and facts.
 */
class KilledImportResumesIT {

    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");

    @TempDir
    Path work;

    @Test
    void killedImportFinishesOnSecondRunWithTheSameRowsAsAnUninterruptedOne() throws Exception {
        var dump = work.resolve("dump.csv.gz");
        int rows = SyntheticDump.write(dump, 60, true);

        String interrupted;
        try (var db = EmbeddedMariaDb.start(work.resolve("db-killed"), false)) {
            var first = importer(db, dump).start();
            waitForRows(db, 400, first);
            first.destroyForcibly();          // SIGKILL: no shutdown hook, no rollback by the client
            assertTrue(first.waitFor(30, TimeUnit.SECONDS));
            long before = count(db, "SELECT COUNT(*) FROM cable");
            assertTrue(before > 0 && before < rows, "killed part-way: " + before + " of " + rows + " cables stored");

            var second = importer(db, dump).start();
            assertTrue(second.waitFor(5, TimeUnit.MINUTES));
            var output = new String(second.getInputStream().readAllBytes());
            assertEquals(0, second.exitValue(), output);
            assertTrue(output.contains(String.format("%,d rows", rows)), output);
            assertTrue(output.contains(String.format("%,d unchanged", before)), "stored rows are skipped: " + output);
            assertEquals(rows, count(db, "SELECT COUNT(*) FROM cable"));
            assertEquals(0, count(db, "SELECT COUNT(*) FROM cable c WHERE c.paragraph_count <> "
                    + "(SELECT COUNT(*) FROM paragraph p WHERE p.cable_id = c.id)"), "no half-written cable");
            interrupted = digest(db);
        }

        try (var db = EmbeddedMariaDb.start(work.resolve("db-whole"), false)) {
            var whole = importer(db, dump).start();
            assertTrue(whole.waitFor(5, TimeUnit.MINUTES));
            assertEquals(0, whole.exitValue(), new String(whole.getInputStream().readAllBytes()));
            assertEquals(digest(db), interrupted, "killed-and-resumed equals uninterrupted");
        }
    }

    private static ProcessBuilder importer(EmbeddedMariaDb db, Path dump) {
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m"));
        db.datasourceProperties().forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.addAll(List.of("-jar", JAR.toString(), "import", dump.toString()));
        return new ProcessBuilder(command).redirectErrorStream(true);
    }

    private static void waitForRows(EmbeddedMariaDb db, long rows, Process process) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                if (count(db, "SELECT COALESCE(MAX(rows_done), 0) FROM import_job") >= rows) {
                    return;
                }
            } catch (java.sql.SQLException notMigratedYet) {
                // The importer has not created its tables yet.
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the import never reached " + rows + " rows (alive: " + process.isAlive() + ")");
    }

    private static long count(EmbeddedMariaDb db, String sql) throws Exception {
        try (var c = db.connect();
             var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Everything an import writes that users see, in a stable order, hashed. */
    private static String digest(EmbeddedMariaDb db) throws Exception {
        var sha = MessageDigest.getInstance("SHA-256");
        for (var sql : List.of(
                "SELECT ref_id, content_hash, paragraph_count FROM cable ORDER BY ref_id",
                "SELECT c.ref_id, p.n, p.position, p.fingerprint, p.heading FROM paragraph p JOIN cable c ON c.id = p.cable_id ORDER BY c.ref_id, p.position",
                "SELECT id, type, text, start_offset, end_offset, value, unit, currency FROM fact ORDER BY id",
                "SELECT c.ref_id, t.position, t.tag FROM cable_tag t JOIN cable c ON c.id = t.cable_id ORDER BY c.ref_id, t.position",
                "SELECT c.ref_id, r.position, r.label, r.target_ref_id FROM cable_reference r JOIN cable c ON c.id = r.cable_id ORDER BY c.ref_id, r.position",
                "SELECT facet, value, cables FROM facet_count WHERE cables > 0 ORDER BY facet, value")) {
            try (var c = db.connect();
                 var rs = c.createStatement().executeQuery(sql)) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int i = 1; i <= columns; i++) {
                        sha.update(String.valueOf(rs.getString(i)).getBytes());
                        sha.update((byte) 0);
                    }
                }
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
