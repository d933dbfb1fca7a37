package org.cablegate.bulk;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import org.cablegate.EmbeddedMariaDbResource;
import org.cablegate.cli.ImportCommandAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bulk import: the command, the job over HTTP, and reads served fresh after a re-import. */
@QuarkusTest
@TestProfile(BulkImportProfile.class)
@QuarkusTestResource(EmbeddedMariaDbResource.class)
class BulkImportTest {

    @Inject
    AgroalDataSource dataSource;

    private static final String KEY = "test-key";

    @Inject
    ImportCommandAccess command;

    @TempDir
    Path dir;

    @Test
    void importCommandLoadsAGzipDumpThenSkipsItAsUnchanged() throws Exception {
        var dump = dir.resolve("dump.csv.gz");
        int rows = SyntheticDump.write(dump, 3, true, "C");

        var first = command.run("import", dump.toString());
        assertEquals(0, first.status(), first.output());
        assertTrue(first.output().contains("(gzip)"), first.output());
        assertTrue(first.output().contains(String.format("%,d rows, %,d created, 0 unchanged, 0 updated, 0 rejected", rows, rows)),
                first.output());
        given().get("/api/v1/cables/08REYKJAVIK195C2").then().statusCode(200)
                .body("refId", equalTo("08REYKJAVIK195C2"));

        var again = command.run("import", dump.toString());
        assertEquals(0, again.status(), again.output());
        assertTrue(again.output().contains(String.format("%,d rows, 0 created, %,d unchanged", rows, rows)), again.output());
    }

    @Test
    void importCommandReportsRejectedRowsByNumberAndGoesOn() throws Exception {
        var rows = SyntheticDump.sampleRows();
        var good = rows.get(0);
        var dump = dir.resolve("mixed.csv");
        Files.writeString(dump, SyntheticDump.row(1, good.date(), good.refId() + "R1", good.origin(), good.classification(),
                "", good.header(), good.body())
                + SyntheticDump.row(2, good.date(), "10NOWHERE1", "Embassy Nowhere", "UNCLASSIFIED", "", "", "no cable here")
                + SyntheticDump.row(3, good.date(), good.refId() + "R3", good.origin(), good.classification(), "",
                good.header(), good.body()));

        var result = command.run("import", dump.toString());
        assertEquals(0, result.status(), "rejected rows are reported, not fatal: " + result.output());
        assertTrue(result.output().contains("3 rows, 2 created, 0 unchanged, 0 updated, 1 rejected"), result.output());
        assertTrue(java.util.regex.Pattern.compile("rejected row 2 \\(line \\d+, 10NOWHERE1\\): no cable body found")
                .matcher(result.output()).find(), result.output());
    }

    @Test
    void listsAndSearchesAreFreshAfterAnImport() throws Exception {
        var origin = SyntheticDump.sampleRows().get(0).origin();
        int before = given().queryParam("origin", origin).queryParam("limit", 100).get("/api/v1/cables")
                .then().statusCode(200).extract().path("items.size()");
        // Served again (from the cache): the same page.
        given().queryParam("origin", origin).queryParam("limit", 100).get("/api/v1/cables")
                .then().statusCode(200).body("items.size()", is(before));
        var dump = dir.resolve("lists.csv");
        SyntheticDump.write(dump, 1, false, "L");
        assertEquals(0, command.run("import", dump.toString()).status());
        int after = given().queryParam("origin", origin).queryParam("limit", 100).get("/api/v1/cables")
                .then().statusCode(200).extract().path("items.size()");
        assertTrue(after > before, "new cables listed at once: " + before + " then " + after);
    }

    @Test
    void factsReextractionKeepsTheIdsOfFactsThatDidNotChange() throws Exception {
        var page = new String(getClass().getClassLoader().getResourceAsStream("samples/08ASTANA2380.mirror.txt")
                .readAllBytes(), StandardCharsets.UTF_8);
        given().auth().oauth2(KEY).contentType(ContentType.TEXT).body(page).post("/api/v1/cables")
                .then().statusCode(anyOf201or200());
        java.util.List<String> before = given().get("/api/v1/cables/08ASTANA2380/facts").then().statusCode(200)
                .extract().path("id");
        assertTrue(before.size() > 20, "the seed has facts: " + before.size());
        // What an older extractor left: one fact missing, one with another value, one it should not have found.
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM fact WHERE id = '" + before.get(0) + "'");
            statement.executeUpdate("UPDATE fact SET date_value = '1900', value = 1 WHERE id = '" + before.get(1) + "'");
            statement.executeUpdate("INSERT INTO fact (id, cable_id, ref_id, n, position, type, text, start_offset, "
                    + "end_offset, created) SELECT CONCAT(ref_id, '-stale'), cable_id, ref_id, n, position, 'date', "
                    + "'stale', 0, 5, created FROM fact WHERE id = '" + before.get(2) + "'");
            try (var rs = statement.executeQuery("SELECT COUNT(*) FROM fact WHERE ref_id = '08ASTANA2380'")) {
                assertTrue(rs.next());
                assertEquals(before.size(), rs.getInt(1), "one fact gone, one added");
            }
        }

        var reextracted = command.facts("facts", "--reextract");
        var output = reextracted.output();
        assertEquals(0, reextracted.status(), output);
        assertTrue(output.contains("Re-extracted the facts of"), output);

        java.util.List<String> after = given().get("/api/v1/cables/08ASTANA2380/facts").then().statusCode(200)
                .extract().path("id");
        assertEquals(before, after, "every fact back, the unchanged ones under their ids, the stale one gone");
        assertEquals(2, command.facts("facts").status());
    }

    @Test
    void importCommandRefusesMissingFilesAndWrongArguments() {
        assertEquals(1, command.run("import", dir.resolve("absent.csv").toString()).status());
        assertEquals(2, command.run("import").status());
    }

    @Test
    void importJobRunsInTheBackgroundAndReportsProgressAndRejections() throws Exception {
        var dump = dir.resolve("job.csv.gz");
        int rows = SyntheticDump.write(dump, 4, true, "J");

        given().contentType("text/csv").body(Files.readAllBytes(dump)).post("/api/v1/imports")
                .then().statusCode(401).contentType("application/problem+json");
        var location = given().auth().oauth2(KEY).contentType("text/csv").header("Content-Encoding", "gzip")
                .body(Files.readAllBytes(dump)).post("/api/v1/imports")
                .then().statusCode(202)
                .header("Location", containsString("/api/v1/imports/"))
                .body("state", is("running"))
                .body("bytesTotal", equalTo((int) Files.size(dump)))
                .extract().header("Location");
        var path = location.substring(location.indexOf("/api/v1/imports/"));

        var deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        String state;
        do {
            Thread.sleep(200);
            state = given().auth().oauth2(KEY).get(path).then().statusCode(200).extract().path("state");
        } while ("running".equals(state) && System.nanoTime() < deadline);

        given().auth().oauth2(KEY).get(path).then().statusCode(200)
                .body("state", is("done"))
                .body("rowsDone", is(rows))
                .body("created", is(rows))
                .body("bytesDone", equalTo((int) Files.size(dump)))
                .body("self", endsWith(path))
                .body("finishedAt", not(equalTo(null)));
        given().auth().oauth2(KEY).get("/api/v1/imports/nosuchjob").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void reimportedCableIsServedFreshAtOnce() throws Exception {
        var page = new String(getClass().getClassLoader().getResourceAsStream("samples/06ASTANA590.page.txt")
                .readAllBytes(), StandardCharsets.UTF_8);
        given().auth().oauth2(KEY).contentType(ContentType.TEXT).body(page).post("/api/v1/cables")
                .then().statusCode(anyOf201or200());
        var paragraph = "/api/v1/cables/06ASTANA590/paragraphs/3";
        var before = given().get(paragraph).then().statusCode(200).extract();
        var etag = before.header("ETag");
        // Served again from the cache: the same bytes and tag, and 304 for a client that has them.
        given().get(paragraph).then().statusCode(200).header("ETag", etag).body("text", equalTo(before.path("text")));
        given().header("If-None-Match", etag).get(paragraph).then().statusCode(304).header("ETag", etag);
        var snippet = given().get(paragraph + "/snippet").then().statusCode(200).extract().asString();
        var cablePage = given().get("/c/06ASTANA590/3").then().statusCode(200).extract().asString();

        var changed = page.replace("around 5,000 tons", "around 6,000 tons");
        assertTrue(!changed.equals(page), "the test edits paragraph 3");
        given().auth().oauth2(KEY).contentType(ContentType.TEXT).body(changed).post("/api/v1/cables")
                .then().statusCode(200).body("outcome", is("updated"));

        given().get(paragraph).then().statusCode(200).header("ETag", not(etag))
                .body("text", containsString("around 6,000 tons"));
        given().header("If-None-Match", etag).get(paragraph).then().statusCode(200);
        assertTrue(snippet.contains("5,000 tons"), snippet);
        assertTrue(given().get(paragraph + "/snippet").then().statusCode(200).extract().asString().contains("6,000 tons"),
                "the post follows the new text");
        assertTrue(given().get("/c/06ASTANA590/3").then().statusCode(200).extract().asString().contains("6,000 tons"));
        assertTrue(cablePage.contains("5,000 tons"));
    }

    private static org.hamcrest.Matcher<Integer> anyOf201or200() {
        return org.hamcrest.Matchers.anyOf(is(200), is(201));
    }

}
