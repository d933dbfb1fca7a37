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

        checkCablePageLinksTheDiff(refId, count);
        for (int v = 2; v <= count; v++) {
            checkDiffPageUnfurls(refId, v);
            checkLiftPosts(refId, v);
        }

        if (sequence.expected().has("liftsRedaction")) {
            var lifted = get("/api/v1/changes?lifted=true&limit=100").getList("items.refId", String.class);
            assertEquals(sequence.expected().get("liftsRedaction").asBoolean(), lifted.contains(refId));
            assertTrue(get("/api/v1/changes?limit=100").getList("items.refId", String.class).contains(refId));
        }
    }

    /** The cable's page links to the diff page exactly when the cable has more than one version. */
    private static void checkCablePageLinksTheDiff(String refId, int count) {
        var html = given().get("/c/" + refId).then().statusCode(200).extract().asString();
        var link = "href=\"http://localhost:8080/c/" + refId + "/diff\"";
        assertEquals(count > 1, html.contains(link), "link to the diff on the page of " + refId);
        if (count > 1) {
            assertTrue(html.contains("Published in " + count + " versions"), html);
        }
    }

    /** The diff page carries what unfurlers read, like a paragraph page: title, description, URL, card. */
    private static void checkDiffPageUnfurls(String refId, int v) {
        var url = "/c/" + refId + "/diff?from=" + (v - 1) + "&to=" + v;
        var html = given().get(url).then().statusCode(200).extract().asString();
        var doc = org.jsoup.Jsoup.parse(html);
        assertEquals("http://localhost:8080/c/" + refId + "/diff?from=" + (v - 1) + "&to=" + v,
                doc.select("meta[property=og:url]").attr("content"));
        assertTrue(doc.select("meta[property=og:title]").attr("content").startsWith(refId), html);
        assertTrue(!doc.select("meta[property=og:description]").attr("content").isBlank(), html);
        assertEquals(doc.select("meta[property=og:title]").attr("content"),
                doc.select("meta[name=twitter:title]").attr("content"));
        var diff = get("/api/v1/cables/" + refId + "/diff?from=" + (v - 1) + "&to=" + v);
        var current = get("/api/v1/cables/" + refId).getList("paragraphs.n", String.class);
        var kept = diff.getList("paragraphs.findAll { it.after != null }.n", String.class).stream()
                .filter(current::contains).toList();
        var image = doc.select("meta[property=og:image]").attr("content");
        if (kept.isEmpty()) {
            assertEquals("summary", doc.select("meta[name=twitter:card]").attr("content"));
        } else {
            assertEquals("summary_large_image", doc.select("meta[name=twitter:card]").attr("content"));
            assertTrue(image.matches("http://localhost:8080/c/" + refId + "/[^/]+/card\\.png"), image);
            var n = image.substring(image.indexOf(refId + "/") + refId.length() + 1, image.lastIndexOf("/card.png"));
            assertTrue(kept.contains(n), image + " among " + kept);
            given().get(image.replace("http://localhost:8080", "")).then().statusCode(200).contentType("image/png");
        }
    }

    /**
     * Every redaction the version lifted has a post on every network: within the limit, quoting the words that replaced
     * the marks, with the paragraph's permalink (the cable's for a caption field) and both hashtags.
     */
    private static void checkLiftPosts(String refId, int v) {
        var change = get("/api/v1/changes?limit=100").getList("items.findAll { it.refId == '" + refId + "' && it.version == "
                + v + " }", Map.class);
        assertEquals(1, change.size(), "one change for " + refId + " version " + v);
        int lifted = ((Number) change.get(0).get("lifted")).intValue();
        var diff = get("/api/v1/cables/" + refId + "/diff?from=" + (v - 1) + "&to=" + v);
        var paragraphLifts = new ArrayList<String[]>();
        for (var p : diff.getList("paragraphs", Map.class)) {
            for (var span : (List<Map<String, Object>>) p.get("spans")) {
                if ("lifted".equals(span.get("redaction"))) {
                    paragraphLifts.add(new String[]{(String) p.get("n"), (String) span.get("after")});
                }
            }
        }
        int fieldLifts = lifted - paragraphLifts.size();
        assertTrue(fieldLifts >= 0, "the feed counts every lifted span of the diff");
        assertEquals(lifted > 0 ? "http://localhost:8080/api/v1/cables/" + refId + "/versions/" + v + "/snippet" : null,
                change.get(0).get("post"));
        for (int k = 1; k <= lifted; k++) {
            for (var network : List.of("twitter", "mastodon", "bluesky")) {
                var post = given().queryParam("network", network).queryParam("lift", k)
                        .get("/api/v1/cables/" + refId + "/versions/" + v + "/snippet")
                        .then().statusCode(200).extract().jsonPath();
                var text = post.getString("text");
                var where = refId + " version " + v + " lift " + k + " on " + network + ": " + text;
                assertTrue(post.getInt("length") <= post.getInt("limit"), where);
                assertTrue(text.startsWith("Unredacted in " + refId + " "), where);
                assertTrue(text.endsWith(" #cablegate #" + refId), where);
                assertEquals(List.of("cablegate", refId), post.getList("hashtags", String.class));
                if (k <= fieldLifts) {
                    assertEquals("http://localhost:8080/c/" + refId, post.getString("permalink"), where);
                    continue;
                }
                var lift = paragraphLifts.get(k - fieldLifts - 1);
                assertEquals("http://localhost:8080/c/" + refId + "/" + lift[0], post.getString("permalink"), where);
                assertTrue(text.contains("\n\nhttp://localhost:8080/c/" + refId + "/" + lift[0] + " #cablegate"), where);
                assertTrue(text.startsWith("Unredacted in " + refId + " \u00B6" + lift[0] + ": \u201C"), where);
                if (lift[1] != null) {
                    assertTrue(post.getString("excerpt").contains(lift[1]), where + " quotes " + lift[1]);
                }
            }
        }
        given().queryParam("lift", lifted + 1).get("/api/v1/cables/" + refId + "/versions/" + v + "/snippet")
                .then().statusCode(404);
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
