package org.cablegate.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.cablegate.EmbeddedMariaDbResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.cablegate.rest.ApiFixtures.ASTANA_MIRROR;
import static org.cablegate.rest.ApiFixtures.ASTANA_PAGE;
import static org.cablegate.rest.ApiFixtures.KEY;
import static org.cablegate.rest.ApiFixtures.resource;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(EmbeddedMariaDbResource.class)
class CablesApiTest {

    @BeforeEach
    void seeds() {
        ApiFixtures.importSeeds();
    }

    @Test
    void readsBackTheAstanaPageCableFieldByField() {
        given().when().get("/api/v1/cables/06ASTANA590")
                .then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("refId", equalTo("06ASTANA590"))
                .body("created", equalTo("2006-11-17T06:54:00Z"))
                .body("released", equalTo("2011-08-30T01:44:00Z"))
                .body("classification", equalTo("UNCLASSIFIED"))
                .body("origin", equalTo("Embassy Astana"))
                .body("subject", nullValue())
                .body("header.dtg", equalTo("170654Z NOV 06"))
                .body("header.precedence", equalTo("R"))
                .body("header.eo", equalTo("N/A"))
                .body("references[0].label", equalTo("STATE 154928"))
                .body("references[0].refId", equalTo("06STATE154928"))
                .body("paragraphCount", equalTo(40))
                .body("paragraphs.n", hasItem("40"))
                .body("paragraphs[0].n", equalTo("1"))
                .body("paragraphs[0].text", startsWith("In response to reftel instructions, the text of Part 1 of the 2006-2007"))
                .body("paragraphs[19].text", startsWith("Law enforcement agencies seized 22,549 kilos of drugs"))
                .body("paragraphs.fingerprint", everyItem(matchesPattern("sha256:[0-9a-f]{16}")))
                .body("paragraphs[4].permalink", equalTo("http://localhost:8080/c/06ASTANA590/5"))
                .body("permalink", equalTo("http://localhost:8080/c/06ASTANA590"));
    }

    @Test
    void readsBackTheAstanaMirrorCableOnceNotTwice() {
        given().when().get("/api/v1/cables/08astana2380")
                .then().statusCode(200)
                .body("refId", equalTo("08ASTANA2380"))
                .body("created", equalTo("2008-12-02T01:58:00Z"))
                .body("classification", equalTo("UNCLASSIFIED"))
                .body("origin", equalTo("Embassy Astana"))
                .body("subject", equalTo("KAZAKHSTAN: 2008-2009 INCSR REPORT, PART 1"))
                .body("tags", contains("SNAR", "KCRM", "KCOR", "PREL", "KZ"))
                .body("header.from", equalTo("AMEMBASSY ASTANA"))
                .body("header.to[0].name", equalTo("SECSTATE WASHDC"))
                .body("header.to[0].precedence", equalTo("PRIORITY"))
                .body("header.sipdis", is(true))
                .body("references[0].refId", equalTo("08STATE100992"))
                .body("paragraphs[0].n", equalTo("1"))
                .body("paragraphs[0].marking", equalTo("U"))
                .body("paragraphs[1].marking", equalTo("SBU"))
                .body("paragraphs[3].text", containsString("from 379 kilos to 1.5 metric tons"));
        var ns = given().get("/api/v1/cables/08ASTANA2380/paragraphs").then().statusCode(200)
                .extract().<String>jsonPath().getList("n", String.class);
        assertEquals(ns.size(), new HashSet<>(ns).size(), "the body printed twice must give each paragraph once: " + ns);
    }

    @Test
    void servesOneParagraphAndItsPermalink() {
        given().when().get("/api/v1/cables/06ASTANA590/paragraphs/20")
                .then().statusCode(200)
                .body("refId", equalTo("06ASTANA590"))
                .body("n", equalTo("20"))
                .body("text", startsWith("Law enforcement agencies seized 22,549 kilos of drugs in the first nine months of 2006"))
                .body("permalink", equalTo("http://localhost:8080/c/06ASTANA590/20"))
                .body("fingerprint", matchesPattern("sha256:[0-9a-f]{16}"));
    }

    @Test
    void reimportingAnUnchangedCableRewritesNothing() {
        var before = given().get("/api/v1/cables/06ASTANA590/paragraphs").then().extract().jsonPath();
        given().auth().oauth2(KEY).contentType(ContentType.TEXT).body(resource(ASTANA_PAGE))
                .when().post("/api/v1/cables")
                .then().statusCode(200)
                .body("outcome", equalTo("unchanged"))
                .body("refId", equalTo("06ASTANA590"));
        var after = given().get("/api/v1/cables/06ASTANA590/paragraphs").then().extract().jsonPath();
        assertEquals(before.getList("permalink"), after.getList("permalink"));
        assertEquals(before.getList("fingerprint"), after.getList("fingerprint"));
        assertEquals(40, after.getList("n").size(), "no duplicate paragraph rows");
    }

    @Test
    void changedTextUpdatesFingerprintButKeepsPermalink() {
        var original = resource(ASTANA_MIRROR);
        var changed = original.replace("MCI is currently 1,168", "MCI is currently 1,169");
        assertFalse(original.equals(changed), "the fixture must contain the sentence being edited");
        var before = given().get("/api/v1/cables/08ASTANA2380/paragraphs/6").then().statusCode(200).extract().jsonPath();
        try {
            given().auth().oauth2(KEY).contentType(ContentType.TEXT).body(changed)
                    .when().post("/api/v1/cables")
                    .then().statusCode(200).body("outcome", equalTo("updated"));
            var after = given().get("/api/v1/cables/08ASTANA2380/paragraphs/6").then().statusCode(200).extract().jsonPath();
            assertEquals(before.getString("permalink"), after.getString("permalink"));
            assertTrue(after.getString("text").contains("1,169"));
            assertFalse(before.getString("fingerprint").equals(after.getString("fingerprint")));
            var five = given().get("/api/v1/cables/08ASTANA2380/paragraphs/5").then().extract().jsonPath();
            assertTrue(five.getString("fingerprint").startsWith("sha256:"));
        } finally {
            // Put the original back for the other tests.
            given().auth().oauth2(KEY).contentType(ContentType.TEXT).body(original).post("/api/v1/cables")
                    .then().statusCode(200).body("outcome", equalTo("updated"));
        }
        var restored = given().get("/api/v1/cables/08ASTANA2380/paragraphs/6").then().extract().jsonPath();
        assertEquals(before.getString("fingerprint"), restored.getString("fingerprint"));
    }

    @Test
    void newCableAnswers201WithLocation() {
        var text = resource(ASTANA_PAGE).replace("06ASTANA590", "06ASTANA591");
        var response = given().auth().oauth2(KEY).contentType(ContentType.TEXT).body(text)
                .when().post("/api/v1/cables");
        // A second run against the same database sees it as unchanged; the first must create it.
        if (response.statusCode() == 201) {
            response.then().header("Location", equalTo("http://localhost:8080/api/v1/cables/06ASTANA591"))
                    .body("outcome", equalTo("created"));
        } else {
            response.then().statusCode(200).body("outcome", equalTo("unchanged"));
        }
        given().get("/api/v1/cables/06ASTANA591").then().statusCode(200).body("refId", equalTo("06ASTANA591"));
    }

    @Test
    void pagesCoverEveryCableOnceInOrder() {
        ApiFixtures.importSampleCsv();
        var all = given().queryParam("limit", 100).get("/api/v1/cables").then().statusCode(200)
                .extract().jsonPath().getList("items.refId", String.class);
        assertTrue(all.size() >= 47 && all.size() < 100, "the sample rows and the seeds fit one page of 100: " + all.size());

        var walked = new ArrayList<String>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().queryParam("limit", 7);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get("/api/v1/cables");
            page.then().statusCode(200);
            var items = page.jsonPath().getList("items.refId", String.class);
            cursor = page.jsonPath().getString("next");
            if (cursor != null) {
                assertEquals(7, items.size());
                assertTrue(page.header("Link").contains("rel=\"next\""), "Link header on a page with a next");
                assertTrue(page.header("Link").contains("cursor=" + cursor));
            } else {
                assertEquals(null, page.header("Link"));
            }
            walked.addAll(items);
            pages++;
        } while (cursor != null && pages < 50);
        assertEquals(all, walked, "keyset pages give the same cables in the same order, no gap, no duplicate");
    }

    @Test
    void pagesStayStableWhenACableIsInsertedBetweenRequests() {
        ApiFixtures.importSampleCsv();
        var first = given().queryParam("limit", 5).get("/api/v1/cables").then().extract().jsonPath();
        var cursor = first.getString("next");
        // A cable newer than every other lands between the two requests.
        var newest = resource(ASTANA_PAGE).replace("06ASTANA590", "10ASTANA9001")
                .replace("170654Z NOV 06", "170654Z NOV 10").replace("2006-11-17", "2010-11-17");
        given().auth().oauth2(KEY).contentType(ContentType.TEXT).body(newest).post("/api/v1/cables");
        var second = given().queryParam("limit", 5).queryParam("cursor", cursor).get("/api/v1/cables")
                .then().statusCode(200).extract().jsonPath().getList("items.refId", String.class);
        var firstIds = first.getList("items.refId", String.class);
        for (var id : second) {
            assertFalse(firstIds.contains(id), "no repeat across pages: " + id);
        }
    }

    @Test
    void filtersByOriginClassificationTagAndDates() {
        ApiFixtures.importSampleCsv();
        given().queryParam("origin", "Embassy Astana").queryParam("limit", 100).get("/api/v1/cables")
                .then().statusCode(200)
                .body("items.origin", everyItem(equalTo("Embassy Astana")))
                .body("items.refId", hasItem("08ASTANA2380"));
        given().queryParam("classification", "CONFIDENTIAL").queryParam("limit", 100).get("/api/v1/cables")
                .then().statusCode(200)
                .body("items.size()", greaterThan(0))
                .body("items.classification", everyItem(equalTo("CONFIDENTIAL")));
        given().queryParam("tag", "SNAR").queryParam("tag", "KZ").get("/api/v1/cables")
                .then().statusCode(200)
                .body("items.refId", hasItem("08ASTANA2380"))
                .body("items.tags", everyItem(hasItem("SNAR")));
        var inRange = given().queryParam("from", "2008-01-01").queryParam("to", "2008-12-31").queryParam("limit", 100)
                .get("/api/v1/cables").then().statusCode(200).extract().jsonPath().getList("items.created", String.class);
        assertFalse(inRange.isEmpty());
        for (var created : inRange) {
            assertTrue(created.startsWith("2008-"), created);
        }
        given().queryParam("to", "1970-01-01").get("/api/v1/cables").then().statusCode(200)
                .body("items.refId", hasItem("66BUENOSAIRES2481"));
    }

    @Test
    void searchesSubjectsAndParagraphText() {
        given().queryParam("q", "Nazarbayev heroin").queryParam("limit", 100).get("/api/v1/cables")
                .then().statusCode(200)
                .body("items.refId", hasItem("06ASTANA590"))
                .body("items.refId", hasItem("08ASTANA2380"));
        given().queryParam("q", "INCSR").get("/api/v1/cables")
                .then().statusCode(200)
                .body("items.refId", hasItem("08ASTANA2380"));
        given().queryParam("q", "zzqxnotaword").get("/api/v1/cables")
                .then().statusCode(200).body("items.size()", is(0)).body("next", nullValue());
    }

    @Test
    void answersIfNoneMatchWith304() {
        var etag = given().get("/api/v1/cables/06ASTANA590").then().statusCode(200)
                .header("ETag", notNullValue())
                .header("Cache-Control", containsString("max-age"))
                .extract().header("ETag");
        given().header("If-None-Match", etag).get("/api/v1/cables/06ASTANA590")
                .then().statusCode(304);
        given().header("If-None-Match", "\"something-else\"").get("/api/v1/cables/06ASTANA590")
                .then().statusCode(200);
    }

    @Test
    void servesTagAndOriginFacets() {
        given().get("/api/v1/tags").then().statusCode(200)
                .body("find { it.value == 'SNAR' }.count", greaterThan(0));
        given().get("/api/v1/origins").then().statusCode(200)
                .body("find { it.value == 'Embassy Astana' }.count", greaterThan(1));
    }

    @Test
    void allowsBrowserFrontEndsAndExposesLinkAndEtag() {
        given().header("Origin", "https://front.example").get("/api/v1/cables/06ASTANA590")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", notNullValue())
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Access-Control-Expose-Headers", containsString("Link"));
    }

    static final Pattern LEAK = Pattern.compile("Exception|\\bat [a-z]+\\.|org\\.cablegate|java\\.");

    static void assertNoLeak(String body) {
        assertFalse(LEAK.matcher(body).find(), "no stack trace or class name in a problem body: " + body);
    }

    static Map<String, Object> problem(Response r, int status) {
        r.then().statusCode(status).contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("type", startsWith("urn:cablegate:problem:"))
                .body("title", notNullValue())
                .body("detail", notNullValue())
                .body("instance", startsWith("/"));
        assertNoLeak(r.asString());
        return r.jsonPath().getMap("$");
    }

    @Test
    void unknownCableAndParagraphAre404Problems() {
        var cable = problem(given().get("/api/v1/cables/06ASTANA9999"), 404);
        assertTrue(cable.get("detail").toString().contains("06ASTANA9999"));
        var paragraph = problem(given().get("/api/v1/cables/06ASTANA590/paragraphs/999"), 404);
        assertTrue(paragraph.get("detail").toString().contains("999"));
        problem(given().get("/api/v1/no-such-thing"), 404);
    }

    @Test
    void invalidParametersAre400Problems() {
        var limit = problem(given().queryParam("limit", 0).get("/api/v1/cables"), 400);
        assertTrue(limit.get("detail").toString().contains("limit"), limit.toString());
        problem(given().queryParam("limit", 101).get("/api/v1/cables"), 400);
        var cursor = problem(given().queryParam("cursor", "not-a-cursor").get("/api/v1/cables"), 400);
        assertTrue(cursor.get("detail").toString().contains("cursor"));
        var date = problem(given().queryParam("from", "yesterday").get("/api/v1/cables"), 400);
        assertTrue(date.get("detail").toString().contains("from"));
        problem(given().queryParam("q", "a b").get("/api/v1/cables"), 400);
    }

    @Test
    void writesNeedTheKey() {
        problem(given().contentType(ContentType.TEXT).body(resource(ASTANA_PAGE)).post("/api/v1/cables"), 401);
        given().contentType(ContentType.TEXT).body("x").post("/api/v1/cables")
                .then().header("WWW-Authenticate", startsWith("Bearer"));
        problem(given().auth().oauth2("wrong-key").contentType(ContentType.TEXT).body(resource(ASTANA_PAGE))
                .post("/api/v1/cables"), 403);
    }

    @Test
    void unsupportedMediaTypeIs415() {
        problem(given().auth().oauth2(KEY).contentType(ContentType.JSON).body("{\"refId\":\"x\"}")
                .post("/api/v1/cables"), 415);
    }

    @Test
    void tooLargeBodyIs413WithTheLimit() {
        var big = "A".repeat(2 * 1024 * 1024 + 10);
        var body = problem(given().auth().oauth2(KEY).contentType(ContentType.TEXT).body(big)
                .post("/api/v1/cables"), 413);
        assertTrue(body.get("detail").toString().contains("2097152"), body.toString());
    }

    @Test
    void textThatIsNotACableIs422WithReasonAndLine() {
        var body = problem(given().auth().oauth2(KEY).contentType(ContentType.TEXT)
                .body("Dear diary,\nno cable here.\n").post("/api/v1/cables"), 422);
        assertTrue(body.containsKey("line"), body.toString());
    }

    @Test
    void csvBatchReportsEachRowAndGoesOnPastABadOne() {
        var rows = resource(ApiFixtures.SAMPLE_CSV).split("\n(?=\"\\d+\",\")");
        var bad = "\"999\",\"1/1/2008 0:00\",\"08NOWHERE1\",\"Embassy Nowhere\",\"UNCLASSIFIED\",\"\",\"\",\"no cable here\"";
        var csv = rows[0] + "\n" + bad + "\n" + rows[1] + "\n";
        var report = given().auth().oauth2(KEY).contentType("text/csv").body(csv)
                .when().post("/api/v1/cables")
                .then().statusCode(200)
                .body("rows", equalTo(3))
                .body("rejected", equalTo(1))
                .body("results[1].row", equalTo(2))
                .body("results[1].outcome", equalTo("rejected"))
                .body("results[1].reason", notNullValue())
                .body("results[0].outcome", org.hamcrest.Matchers.not(equalTo("rejected")))
                .body("results[2].outcome", org.hamcrest.Matchers.not(equalTo("rejected")))
                .extract().jsonPath();
        given().get("/api/v1/cables/" + report.getString("results[2].refId")).then().statusCode(200);
        problem(given().get("/api/v1/cables/08NOWHERE1"), 404);
        List<String> ids = report.getList("results.refId");
        assertEquals(3, ids.size());
    }

    @io.quarkus.test.common.http.TestHTTPResource(value = "/health", management = true)
    java.net.URL health;

    @Test
    void readinessReportsTheMigratedDatabaseOnTheManagementPort() {
        given().get(health + "/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'database' }.data.pendingMigrations", equalTo(0));
        given().get(health + "/live").then().statusCode(200).body("status", equalTo("UP"));
        // Not on the public port: the probes and their data are the operator's.
        given().get("/q/health/ready").then().statusCode(404);
    }
}
