package org.cablegate.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.cablegate.EmbeddedMariaDbResource;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.TestAbortedException;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Hostile input, one request per line of {@code hostile-requests.tsv}: every one is answered with its expected 4xx as
 * RFC 9457 problem JSON naming what was wrong (never a 5xx, never an empty body, never a stack trace), and when all
 * have been sent the database holds exactly what it held before, table by table (row count and checksum).
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedMariaDbResource.class)
class HostileRequestsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> LEAKS = List.of("Exception", "\tat ", "org.cablegate.", "java.lang", "SQLState");

    @TestHTTPResource("/")
    URL base;

    @Inject
    AgroalDataSource dataSource;

    @TestFactory
    List<DynamicTest> everyHostileRequestIsRefusedAndChangesNothing() {
        var before = new AtomicReference<Map<String, String>>();
        var tests = new ArrayList<DynamicTest>();
        tests.add(DynamicTest.dynamicTest("seed cables, then take the database's fingerprint", () -> {
            ApiFixtures.importSeeds();
            before.set(tableFingerprints());
        }));
        for (var c : HostileCase.load("hostile-requests.tsv")) {
            tests.add(DynamicTest.dynamicTest(c.toString(), () -> answersWithAProblem(c)));
        }
        tests.add(DynamicTest.dynamicTest("the database is unchanged", () ->
                assertEquals(before.get(), tableFingerprints(), "row counts and checksums per table")));
        tests.add(DynamicTest.dynamicTest("the service's log lines show no stack trace, exception class or SQL",
                HostileRequestsTest::assertSafeLog));
        return tests;
    }

    /** The test profile's copy of the service's log, written through the same filter as the console. */
    private static final Path SERVICE_LOG = Path.of("target/test-service.log");
    private static final Pattern UNSAFE_LOG = Pattern.compile("^\\s+at |^Caused by|\\b[a-z]+(?:\\.[a-z0-9_]+)+\\.[A-Z]\\w*"
            + "(?:Exception|Error)\\b|(?i:\\binsert\\s+into\\b|\\bselect\\s+\\S.*\\bfrom\\s+\\w|\\bdelete\\s+from\\b)");

    /** Every line the test run's services logged so far: this suite's, and those of the test classes before it. */
    private static void assertSafeLog() throws IOException {
        assertTrue(Files.exists(SERVICE_LOG), "the test profile logs to " + SERVICE_LOG);
        // Lenient decoding: the suite's invalid UTF-8 may be quoted in a line.
        var lines = new String(Files.readAllBytes(SERVICE_LOG), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        assertFalse(lines.isEmpty(), "the service logged its start at least");
        var unsafe = lines.stream().filter(l -> UNSAFE_LOG.matcher(l).find()).limit(5).toList();
        assertTrue(unsafe.isEmpty(), "log lines showing internals: " + unsafe);
    }

    private void answersWithAProblem(HostileCase c) throws IOException {
        var answer = RawHttp.send(base.getHost(), base.getPort(), c.head(base.getHost() + ":" + base.getPort()),
                c.body() == null ? new byte[0] : c.body());
        try {
            check(c, answer);
        } catch (AssertionError e) {
            if (c.owner() != null) {
                // Someone else's change makes this case pass: it is reported as skipped until then.
                throw new TestAbortedException("pending on " + c.owner() + ": " + e.getMessage());
            }
            throw e;
        }
    }

    private static void check(HostileCase c, RawHttp.Answer answer) {
        var status = answer.status();
        var text = answer.text();
        var said = "answered " + status + " " + answer.header("content-type") + ": " + abbreviate(text);
        assertTrue(status < 500, "a server error: " + said);
        assertTrue(c.expects(status), "expected " + c.expect() + ", " + said);
        assertFalse(text.isBlank(), "an empty body: " + said);
        for (var leak : LEAKS) {
            assertFalse(text.contains(leak), "the body shows internals (" + leak + "): " + said);
        }
        var type = String.valueOf(answer.header("content-type"));
        if (type.startsWith("text/html")) {
            assertFalse(text.contains("<script>alert(1)"), "a script was reflected into HTML: " + said);
        }
        if (status < 400) {
            return;
        }
        assertTrue(type.startsWith("application/problem+json"), "not problem JSON: " + said);
        JsonNode problem;
        try {
            problem = JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + said, e);
        }
        assertTrue(problem.path("type").asText("").startsWith("urn:cablegate:problem:"), "no problem type: " + said);
        assertFalse(problem.path("title").asText("").isBlank(), "no title: " + said);
        assertEquals(status, problem.path("status").asInt(), "status member: " + said);
        var detail = problem.path("detail").asText("");
        assertFalse(detail.isBlank(), "no detail: " + said);
        assertFalse(detail.equals(problem.path("title").asText()), "the detail only repeats the title: " + said);
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    /** Each table's row count and MariaDB's content checksum. */
    private Map<String, String> tableFingerprints() throws SQLException {
        var fingerprints = new TreeMap<String, String>();
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            var tables = new ArrayList<String>();
            try (var rs = statement.executeQuery("SELECT table_name FROM information_schema.tables "
                    + "WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (var table : tables) {
                long rows;
                try (var rs = statement.executeQuery("SELECT COUNT(*) FROM `" + table + "`")) {
                    rs.next();
                    rows = rs.getLong(1);
                }
                try (var rs = statement.executeQuery("CHECKSUM TABLE `" + table + "`")) {
                    rs.next();
                    fingerprints.put(table, rows + " rows, checksum " + rs.getString(2));
                }
            }
        }
        assertFalse(fingerprints.isEmpty(), "no tables seen");
        return fingerprints;
    }
}
