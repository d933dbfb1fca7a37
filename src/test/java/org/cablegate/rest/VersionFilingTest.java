package org.cablegate.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.cablegate.EmbeddedMariaDbResource;
import org.cablegate.ingest.CableParser;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.cablegate.rest.ApiFixtures.KEY;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Where versions are filed when builds arrive out of order or come back, and the pages and feeds built on them. Each
 * test works on its own copy of a cable (the reference ID rewritten), so the tests share no state.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedMariaDbResource.class)
class VersionFilingTest {

    private static String page(String file, String refId, String newRefId) {
        return ApiFixtures.resource("versions/" + refId + "/" + file).replace(refId, newRefId);
    }

    private static String post(String body) {
        return given().auth().oauth2(KEY).contentType("text/plain; charset=UTF-8").body(body)
                .when().post("/api/v1/cables")
                .then().extract().path("outcome");
    }

    @Test
    void olderBuildImportedAfterNewerOnesIsFiledInItsPlaceAndTheNewestStaysCurrent() throws Exception {
        var ref = "10RIYADH9182";
        var files = List.of("1-20101203a.html", "2-20101203.html", "3-201012070806.html");
        assertEquals("created", post(page(files.get(2), "10RIYADH182", ref)));
        var facts = given().get("/api/v1/cables/" + ref + "/facts").then().statusCode(200).extract().asString();
        assertEquals("updated", post(page(files.get(0), "10RIYADH182", ref)));
        // The older build redacted paragraph 8; facts, posts and pages keep serving the current text.
        var lifted = "Our TF cooperation with the MOI is of utmost strategic importance";
        given().get("/api/v1/cables/" + ref + "/paragraphs/8").then().body("text", containsString(lifted));
        given().get("/api/v1/cables/" + ref + "/paragraphs/8/snippet?network=mastodon&thread=true").then()
                .body("posts.excerpt.join('')", containsString(lifted));
        given().get("/c/" + ref + "/8").then().statusCode(200).body(containsString(lifted));
        assertEquals(facts, given().get("/api/v1/cables/" + ref + "/facts").then().extract().asString());
        assertEquals("updated", post(page(files.get(1), "10RIYADH182", ref)));

        var newest = new CableParser().parse(page(files.get(2), "10RIYADH182", ref));
        var oldest = new CableParser().parse(page(files.get(0), "10RIYADH182", ref));
        given().get("/api/v1/cables/" + ref + "/versions").then().statusCode(200)
                .body("size()", equalTo(3))
                .body("current", equalTo(List.of(false, false, true)))
                .body("[1].changedParagraphs", equalTo(List.of()))
                .body("[2].changedParagraphs", equalTo(List.of("1", "3", "8", "9")));
        given().get("/api/v1/cables/" + ref).then()
                .body("paragraphs.text", equalTo(newest.paragraphs().stream().map(p -> p.text()).toList()));
        given().get("/api/v1/cables/" + ref + "/versions/1").then()
                .body("subject", equalTo(oldest.caption().subject()))
                .body("paragraphs.text", equalTo(oldest.paragraphs().stream().map(p -> p.text()).toList()));
        assertEquals("unchanged", post(page(files.get(1), "10RIYADH182", ref)));
    }

    @Test
    void sameContentReleasedAgainLaterIsANewCurrentVersion() {
        var ref = "09BEIJING92438";
        var first = page("1-20101203a.html", "09BEIJING2438", ref);
        assertEquals("created", post(first));
        assertEquals("updated", post(page("2-20101203.html", "09BEIJING2438", ref)));
        // The name is shown again in a later build: the first text, released on 9 December.
        var republished = first.replace("2010-11-28 18:06", "2010-12-09 18:06");
        assertEquals("updated", post(republished));
        assertEquals("unchanged", post(republished));
        given().get("/api/v1/cables/" + ref + "/versions").then()
                .body("size()", equalTo(3))
                .body("[2].changedParagraphs", equalTo(List.of("2")))
                .body("[2].released", equalTo("2010-12-09T18:06:00Z"))
                .body("[0].contentHash", notNullValue());
        given().get("/api/v1/cables/" + ref + "/diff").then().statusCode(200)
                .body("from", equalTo(2)).body("to", equalTo(3))
                .body("paragraphs[0].spans[0].redaction", equalTo("lifted"))
                .body("paragraphs[0].spans[0].after", equalTo("Li Guofu"));
        given().get("/api/v1/changes?lifted=true&limit=100").then().statusCode(200)
                .body("items.refId", hasItem(ref));
        given().get("/c/" + ref + "/diff").then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<ins class=\"lifted\">Li Guofu</ins>"))
                .body(containsString("og:title"));
        given().get("/api/v1/changes.atom?lifted=true").then().statusCode(200)
                .contentType(containsString("application/atom+xml"))
                .body(containsString(ref + " version 3: redaction lifted"));
    }

    @Test
    void changesFeedPagesByCursorWithoutRepeats() {
        for (var ref : List.of("10HARARE9193", "10KABUL9693")) {
            var original = ref.equals("10HARARE9193") ? "10HARARE93" : "10KABUL693";
            var dir = original.equals("10HARARE93") ? List.of("1-201012082231.html", "2-20101210047.html")
                    : List.of("1-20101203a.html", "2-201012041409.html");
            dir.forEach(f -> post(page(f, original, ref)));
        }
        var firstPage = given().get("/api/v1/changes?limit=1").then().statusCode(200).extract().jsonPath();
        var next = firstPage.getString("next");
        var second = given().queryParam("cursor", next).queryParam("limit", 1).get("/api/v1/changes")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(1, second.getList("items").size());
        org.junit.jupiter.api.Assertions.assertNotEquals(firstPage.getString("items[0].diff"), second.getString("items[0].diff"));
        given().get("/api/v1/changes?cursor=bogus").then().statusCode(400);
    }

    @Test
    void unknownVersionsAndCablesAre404() {
        given().get("/api/v1/cables/99NOWHERE1/versions").then().statusCode(404);
        post(page("1-201012070806.html", "08OSLO461", "08OSLO9461"));
        given().get("/api/v1/cables/08OSLO9461/versions/2").then().statusCode(404);
        given().get("/api/v1/cables/08OSLO9461/diff?from=1&to=2").then().statusCode(404);
        given().get("/api/v1/cables/08OSLO9461/diff").then().statusCode(200)
                .body("from", equalTo(1)).body("to", equalTo(1)).body("paragraphs", equalTo(List.of()));
    }

    /** Search reads the current text only: a name redacted is not found, the same name shown again is found once. */
    @Test
    void searchFindsARedactedThenLiftedNameOnceAndNotWhileItIsRedacted() throws Exception {
        var ref = "09BEIJING82438";
        var first = page("1-20101203a.html", "09BEIJING2438", ref);
        assertEquals("created", post(first));
        assertEquals(List.of(ref), waitForSearch("Guofu", ref, true));
        assertEquals("updated", post(page("2-20101203.html", "09BEIJING2438", ref)));
        assertEquals(List.of(), waitForSearch("Guofu", ref, false));
        assertEquals("updated", post(first.replace("2010-11-28 18:06", "2010-12-09 18:06")));
        var found = waitForSearch("Guofu", ref, true);
        assertEquals(List.of(ref), found, "three versions, one search hit");
        given().get("/api/v1/cables/" + ref + "/versions").then().body("size()", equalTo(3));
    }

    /** The hits for {@code ref} of a search, once the index shows (or no longer shows) the cable; the index is fed after commit. */
    private static List<String> waitForSearch(String q, String ref, boolean present) throws InterruptedException {
        List<String> hits = List.of();
        for (int attempt = 0; attempt < 100; attempt++) {
            hits = given().queryParam("q", q).queryParam("limit", 100).get("/api/v1/cables").then().statusCode(200)
                    .extract().jsonPath().getList("items.refId", String.class).stream().filter(ref::equals).toList();
            if (hits.isEmpty() != present) {
                return hits;
            }
            Thread.sleep(100);
        }
        return hits;
    }

    @Test
    void cablePageLinksTheDiffOnceAnOlderBuildIsFiledEvenAfterThePageWasServed() {
        var ref = "10RIYADH8182";
        assertEquals("created", post(page("3-201012070806.html", "10RIYADH182", ref)));
        given().get("/c/" + ref).then().statusCode(200).body(not(containsString("/c/" + ref + "/diff")));
        given().get("/api/v1/cables/" + ref + "/versions").then().body("size()", equalTo(1));
        assertEquals("updated", post(page("1-20101203a.html", "10RIYADH182", ref)));
        given().get("/c/" + ref).then().statusCode(200)
                .body(containsString("href=\"http://localhost:8080/c/" + ref + "/diff\""))
                .body(containsString("Published in 2 versions"));
        given().get("/api/v1/cables/" + ref + "/versions").then().body("size()", equalTo(2))
                .body("current", equalTo(List.of(false, true)));
    }

    @Test
    void liftPostsAnswer404WhenTheVersionLiftedNothingAnd400ForAnUnknownNetwork() {
        var ref = "09BEIJING72438";
        assertEquals("created", post(page("1-20101203a.html", "09BEIJING2438", ref)));
        assertEquals("updated", post(page("2-20101203.html", "09BEIJING2438", ref)));
        // Version 2 redacted a name: nothing lifted, nothing to post.
        given().get("/api/v1/cables/" + ref + "/versions/2/snippet").then().statusCode(404)
                .contentType(containsString("problem+json"));
        given().get("/api/v1/cables/" + ref + "/versions/1/snippet").then().statusCode(404);
        given().get("/api/v1/cables/" + ref + "/versions/3/snippet").then().statusCode(404);
        given().get("/api/v1/cables/" + ref + "/versions/2/snippet?network=myspace").then().statusCode(400);
        given().get("/api/v1/changes?limit=100").then()
                .body("items.find { it.refId == '" + ref + "' }.post", org.hamcrest.Matchers.nullValue());
    }
}
