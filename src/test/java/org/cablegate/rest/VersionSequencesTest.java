package org.cablegate.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.cablegate.EmbeddedMariaDbResource;
import org.cablegate.ingest.CableParser;
import org.cablegate.ingest.Paragraph;
import org.cablegate.ingest.ParsedCable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.cablegate.rest.ApiFixtures.KEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every sequence of {@code versions/}: each page imported in build order through the API, then the versions, the
 * diffs, version 1 and the current text checked against {@code versions/expected.json} and the parser's reading of
 * the pages.
 */
@QuarkusTest
@io.quarkus.test.junit.TestProfile(FreshDatabaseProfile.class)
@QuarkusTestResource(EmbeddedMariaDbResource.class)
class VersionSequencesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CableParser PARSER = new CableParser();

    record Sequence(String refId, List<String> files, JsonNode expected) {
        @Override
        public String toString() {
            return refId;
        }
    }

    static Stream<Sequence> sequences() throws Exception {
        var index = JSON.readTree(ApiFixtures.resource("versions/index.json"));
        var expected = JSON.readTree(ApiFixtures.resource("versions/expected.json"));
        var out = new ArrayList<Sequence>();
        for (var entry : index) {
            var files = new ArrayList<String>();
            entry.get("versions").forEach(v -> files.add("versions/" + v.get("file").asText()));
            var refId = entry.get("refId").asText();
            out.add(new Sequence(refId, files, Objects.requireNonNull(expected.get(refId), refId)));
        }
        assertEquals(20, out.size());
        return out.stream();
    }

    private static String importPage(String file) {
        return given().auth().oauth2(KEY).contentType("text/plain; charset=UTF-8").body(ApiFixtures.resource(file))
                .when().post("/api/v1/cables")
                .then().statusCode(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(200), org.hamcrest.Matchers.is(201)))
                .extract().path("outcome");
    }

    private static JsonPath get(String path) {
        return given().when().get(path).then().statusCode(200).extract().jsonPath();
    }

    private static ParsedCable parse(String file) throws Exception {
        return PARSER.parse(ApiFixtures.resource(file));
    }

    private static List<String> texts(List<Paragraph> paragraphs) {
        return paragraphs.stream().map(Paragraph::text).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sequences")
    void importingEveryBuildKeepsTheVersionsThePagesHold(Sequence sequence) throws Exception {
        var refId = sequence.refId();
        var expectedVersions = sequence.expected().get("versions");
        int count = expectedVersions.size();

        // Import in build order: a build adds a version exactly when its content changed.
        assertEquals("created", importPage(sequence.files().get(0)));
        var firstFingerprints = get("/api/v1/cables/" + refId + "/paragraphs").getList("fingerprint", String.class);
        for (var file : sequence.files().subList(1, sequence.files().size())) {
            var outcome = importPage(file);
            assertEquals(count == 1 ? "unchanged" : "updated", outcome, file);
        }
        if (count == 1) {
            // Layout only: no version, and the paragraphs keep every fingerprint.
            assertEquals(firstFingerprints,
                    get("/api/v1/cables/" + refId + "/paragraphs").getList("fingerprint", String.class));
        }

        var versions = get("/api/v1/cables/" + refId + "/versions");
        assertEquals(count, versions.getList("$").size());
        for (int v = 1; v <= count; v++) {
            var expected = expectedVersions.get(v - 1);
            assertEquals(v, versions.getInt("[" + (v - 1) + "].version"));
            assertEquals(strings(expected.get("changed")), versions.getList("[" + (v - 1) + "].changedParagraphs", String.class),
                    "version " + v);
            assertEquals(v == count, versions.getBoolean("[" + (v - 1) + "].current"));
        }

        // Version 1 is the first page as the parser reads it; the current one is the page that brought the last version.
        var first = parse(sequence.files().get(0));
        var last = parse(sequence.files().get(count == 1 ? 0 : sequence.files().size() - 1));
        var v1 = get("/api/v1/cables/" + refId + "/versions/1");
        assertEquals(texts(first.paragraphs()), v1.getList("paragraphs.text", String.class));
        assertEquals(first.caption().subject(), v1.getString("subject"));
        var current = get("/api/v1/cables/" + refId);
        assertEquals(texts(last.paragraphs()), current.getList("paragraphs.text", String.class));
        assertEquals(last.caption().subject(), current.getString("subject"));
        assertEquals(current.getList("paragraphs.text"), get("/api/v1/cables/" + refId + "/versions/" + count)
                .getList("paragraphs.text"));

        for (int v = 2; v <= count; v++) {
            checkDiff(refId, v, expectedVersions.get(v - 1));
        }
        for (var span : iterable(sequence.expected().get("spans"))) {
            checkSpan(refId, span);
        }

        // Importing every page again changes nothing.
        var before = given().get("/api/v1/cables/" + refId + "/versions").then().extract().asString();
        for (var file : sequence.files()) {
            assertEquals("unchanged", importPage(file), file);
        }
        assertEquals(before, given().get("/api/v1/cables/" + refId + "/versions").then().extract().asString());

        if (sequence.expected().has("liftsRedaction")) {
            var lifted = get("/api/v1/changes?lifted=true&limit=100").getList("items.refId", String.class);
            assertEquals(sequence.expected().get("liftsRedaction").asBoolean(), lifted.contains(refId));
            assertTrue(get("/api/v1/changes?limit=100").getList("items.refId", String.class).contains(refId));
        }
    }

    private static void checkDiff(String refId, int v, JsonNode expected) {
        var diff = get("/api/v1/cables/" + refId + "/diff?from=" + (v - 1) + "&to=" + v);
        assertEquals(strings(expected.get("changed")), diff.getList("paragraphs.n", String.class));
        assertEquals(strings(expected.get("fields")), diff.getList("fields.name", String.class));
        // Paragraphs the diff leaves out keep their fingerprint; changed ones present in both versions get a new one.
        var older = fingerprints(refId, v - 1);
        var newer = fingerprints(refId, v);
        var changed = new HashSet<>(strings(expected.get("changed")));
        for (var entry : newer.entrySet()) {
            if (!older.containsKey(entry.getKey())) {
                continue;
            }
            if (changed.contains(entry.getKey())) {
                assertNotEquals(older.get(entry.getKey()), entry.getValue(), "paragraph " + entry.getKey());
            } else {
                assertEquals(older.get(entry.getKey()), entry.getValue(), "paragraph " + entry.getKey());
            }
        }
    }

    private static Map<String, String> fingerprints(String refId, int v) {
        var detail = get("/api/v1/cables/" + refId + "/versions/" + v);
        var ns = detail.getList("paragraphs.n", String.class);
        var fps = detail.getList("paragraphs.fingerprint", String.class);
        var out = new java.util.HashMap<String, String>();
        for (int i = 0; i < ns.size(); i++) {
            out.put(ns.get(i), fps.get(i));
        }
        return out;
    }

    private static void checkSpan(String refId, JsonNode span) {
        int v = span.get("version").asInt();
        var diff = get("/api/v1/cables/" + refId + "/diff?from=" + (v - 1) + "&to=" + v);
        if (span.has("field")) {
            var fields = diff.getList("fields", Map.class);
            assertTrue(fields.contains(Map.of("name", span.get("field").asText(), "before", span.get("before").asText(),
                    "after", span.get("after").asText())), fields.toString());
            return;
        }
        List<Map<String, Object>> spans = diff.getList("paragraphs.find { it.n == '" + span.get("n").asText() + "' }.spans");
        var wanted = new java.util.HashMap<String, Object>();
        wanted.put("op", span.get("op").asText());
        wanted.put("before", text(span.get("before")));
        wanted.put("after", text(span.get("after")));
        wanted.put("redaction", text(span.get("redaction")));
        assertTrue(spans.contains(wanted), "wanted " + wanted + " in " + spans);
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    private static List<String> strings(JsonNode array) {
        var out = new ArrayList<String>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static Iterable<JsonNode> iterable(JsonNode array) {
        return array == null ? List.of() : array::elements;
    }
}
