package org.cablegate.rest;

import com.twitter.twittertext.TwitterTextParser;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.cablegate.EmbeddedMariaDbResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.cablegate.rest.ApiFixtures.KEY;
import static org.cablegate.rest.ApiFixtures.resource;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(EmbeddedMariaDbResource.class)
class SharingApiTest {

    @BeforeEach
    void seeds() {
        ApiFixtures.importSeeds();
    }

    @Test
    void snippetForXFitsAndCarriesPermalinkAndHashtags() {
        var text = given().get("/api/v1/cables/06ASTANA590/paragraphs/20/snippet").then().statusCode(200)
                .body("network", equalTo("twitter"))
                .body("limit", equalTo(280))
                .body("permalink", equalTo("http://localhost:8080/c/06ASTANA590/20"))
                .body("hashtags", equalTo(List.of("cablegate", "06ASTANA590")))
                .body("text", containsString("http://localhost:8080/c/06ASTANA590/20 #cablegate #06ASTANA590"))
                .body("intentUrl", startsWith("https://twitter.com/intent/tweet?text="))
                .extract().jsonPath();
        var post = text.getString("text");
        assertEquals(TwitterTextParser.parseTweet(post).weightedLength, text.getInt("length"));
        assertTrue(text.getInt("length") <= 280);
    }

    @Test
    void snippetForMastodonAndBluesky() {
        given().queryParam("network", "mastodon").queryParam("instance", "social.example")
                .get("/api/v1/cables/06ASTANA590/paragraphs/2/snippet").then().statusCode(200)
                .body("limit", equalTo(500)).body("length", lessThanOrEqualTo(500))
                .body("intentUrl", startsWith("https://social.example/share?text="));
        given().queryParam("network", "bluesky").get("/api/v1/cables/06ASTANA590/paragraphs/2/snippet").then()
                .statusCode(200)
                .body("limit", equalTo(300)).body("length", lessThanOrEqualTo(300))
                .body("facets.type", equalTo(List.of("link", "tag", "tag")))
                .body("intentUrl", startsWith("https://bsky.app/intent/compose?text="));
    }

    @Test
    void threadGivesBackTheParagraph() {
        var paragraph = given().get("/api/v1/cables/08ASTANA2380/paragraphs/13").then().extract().jsonPath().getString("text");
        var posts = given().queryParam("thread", true).get("/api/v1/cables/08ASTANA2380/paragraphs/13/snippet")
                .then().statusCode(200)
                .body("posts.size()", greaterThan(1))
                .body("posts.length", everyItem(lessThanOrEqualTo(280)))
                .body("posts[0].text", containsString("#cablegate #08ASTANA2380"))
                .body("posts[1].text", startsWith("2/"))
                .extract().jsonPath().getList("posts.excerpt", String.class);
        assertEquals(paragraph, String.join("", posts));
    }

    @Test
    void focusCentresOnAFactAndUnknownFactsAreRefused() {
        var fact = given().get("/api/v1/cables/06ASTANA590/paragraphs/24/facts").then().statusCode(200)
                .extract().jsonPath().getString("find { it.text == '20.2%' }.id");
        given().queryParam("focus", fact).get("/api/v1/cables/06ASTANA590/paragraphs/24/snippet").then()
                .statusCode(200).body("text", containsString("20.2%"));
        CablesApiTest.problem(given().queryParam("focus", "no-such-fact").get("/api/v1/cables/06ASTANA590/paragraphs/24/snippet"), 400);
        CablesApiTest.problem(given().queryParam("network", "myspace").get("/api/v1/cables/06ASTANA590/paragraphs/24/snippet"), 400);
        CablesApiTest.problem(given().get("/api/v1/cables/06ASTANA590/paragraphs/99/snippet"), 404);
    }

    @Test
    void pagesRedirectNonCanonicalIdsAndEscapeCableText() {
        given().redirects().follow(false).get("/c/06astana590").then().statusCode(301)
                .header("Location", equalTo("http://localhost:8080/c/06ASTANA590"));
        given().redirects().follow(false).get("/c/06astana590/20").then().statusCode(301)
                .header("Location", equalTo("http://localhost:8080/c/06ASTANA590/20"));
        given().redirects().follow(false).get("/c/06ASTANA590/020").then().statusCode(301)
                .header("Location", equalTo("http://localhost:8080/c/06ASTANA590/20"));
        var hostile = resource(ApiFixtures.ASTANA_PAGE).replace("06ASTANA590", "06ASTANA592")
                .replace("In response to reftel instructions", "<script>alert(1)</script> In response");
        given().auth().oauth2(KEY).contentType(ContentType.TEXT).body(hostile).post("/api/v1/cables")
                .then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)));
        given().get("/c/06ASTANA592").then().statusCode(200).contentType(ContentType.HTML)
                .body(not(containsString("<script>alert(1)</script>")))
                .body(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"));
        given().get("/c/06ASTANA592/1").then().statusCode(200)
                .body(not(containsString("<script>alert(1)</script>")));
        CablesApiTest.problem(given().get("/c/06NOWHERE1"), 404);
    }

    @Test
    void paragraphPageHasUnfurlTags() {
        given().get("/c/06ASTANA590/20").then().statusCode(200)
                .body(containsString("<link rel=\"canonical\" href=\"http://localhost:8080/c/06ASTANA590/20\">"))
                .body(containsString("<meta property=\"og:image\" content=\"http://localhost:8080/c/06ASTANA590/20/card.png\">"))
                .body(containsString("<meta name=\"twitter:card\" content=\"summary_large_image\">"))
                .body(containsString("href=\"http://localhost:8080/c/06ASTANA590#par20\""));
        given().get("/c/06ASTANA590/20/card.png").then().statusCode(200).contentType("image/png")
                .header("Cache-Control", containsString("max-age"));
    }

    @Test
    void randomParagraphIsReproducibleWithASeedAndFilters() {
        var first = given().queryParam("seed", "2026-11-24").get("/api/v1/paragraphs/random").then().statusCode(200)
                .extract().jsonPath();
        var again = given().queryParam("seed", "2026-11-24").get("/api/v1/paragraphs/random").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(first.getString("permalink"), again.getString("permalink"));
        var picked = given().queryParam("tag", "SNAR").queryParam("hasFacts", true).queryParam("seed", "x")
                .get("/api/v1/paragraphs/random").then().statusCode(200).extract().jsonPath();
        var refId = picked.getString("refId");
        given().get("/api/v1/cables/" + refId).then().body("tags", hasItem("SNAR"));
        given().get("/api/v1/cables/" + refId + "/paragraphs/" + picked.getString("n") + "/facts").then()
                .body("size()", greaterThan(0));
        CablesApiTest.problem(given().queryParam("tag", "NOSUCHTAG").get("/api/v1/paragraphs/random"), 404);
    }

    @Test
    void onThisDayListsCablesOfThatCalendarDay() {
        given().queryParam("date", "11-17").get("/api/v1/cables/on-this-day").then().statusCode(200)
                .body("items.refId", hasItem("06ASTANA590"))
                .body("items.created", everyItem(containsString("-11-17T")));
        CablesApiTest.problem(given().queryParam("date", "13-45").get("/api/v1/cables/on-this-day"), 400);
    }

    @Test
    void importingFromAnotherFormatKeepsPermalinksAndFingerprints() {
        ApiFixtures.importText("samples/08REYKJAVIK195.wl2011.html");
        var fromHtml = given().get("/api/v1/cables/08REYKJAVIK195/paragraphs").then().statusCode(200).extract().jsonPath();
        ApiFixtures.importSampleCsv();
        var fromCsv = given().get("/api/v1/cables/08REYKJAVIK195/paragraphs").then().statusCode(200).extract().jsonPath();
        assertEquals(fromHtml.getList("permalink"), fromCsv.getList("permalink"));
        assertEquals(fromHtml.getList("fingerprint"), fromCsv.getList("fingerprint"));
        assertEquals(fromHtml.getList("n"), fromCsv.getList("n"));
    }
}
