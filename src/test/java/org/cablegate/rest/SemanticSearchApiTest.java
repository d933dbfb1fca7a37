package org.cablegate.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.cablegate.EmbeddedMariaDbResource;
import org.cablegate.search.SearchIndexReadiness;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code GET /api/v1/cables?q=…&mode=}: search by meaning beside search by words, once the background indexer has
 * written the vectors of the imported cables (the 45 of the sample CSV and the two Astana seeds).
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedMariaDbResource.class)
@TestProfile(SemanticSearchApiTest.WithVectors.class)
class SemanticSearchApiTest {

    /** Vectors written in the background, as in the service (off in the other tests: embedding costs seconds). */
    public static class WithVectors implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("cables.search.vectors", "true");
        }
    }

    private static final String CABLES = "/api/v1/cables";

    @Inject
    @org.eclipse.microprofile.health.Readiness
    SearchIndexReadiness readiness;
    /** A paraphrase of the State walk-in guidance: hardly a word of it is in the cable ("walk-ins", "refuge"). */
    private static final String PARAPHRASE =
            "rules for diplomats when a stranger turns up at the gate offering secrets or begging for shelter";

    @BeforeEach
    void corpusWithVectors() throws InterruptedException {
        ApiFixtures.importSeeds();
        ApiFixtures.importSampleCsv();
        long deadline = System.nanoTime() + 180_000_000_000L;
        while (true) {
            // What the readiness check reports (on the management port) under "search-index".
            var data = readiness.call().getData().orElseThrow();
            long cables = (Long) data.get("cables");
            long withVectors = (Long) data.get("cablesWithVectors");
            if (cables >= 47 && withVectors == cables && "current".equals(data.get("vectors"))) {
                return;
            }
            assertTrue(System.nanoTime() < deadline, "vectors of " + withVectors + " of " + cables + " cables after 180 s");
            Thread.sleep(250);
        }
    }

    private static List<String> refIds(String q, String mode) {
        return given().queryParam("q", q).queryParam("mode", mode).get(CABLES).then().statusCode(200)
                .extract().jsonPath().getList("items.refId", String.class);
    }

    @Test
    void findsAParaphrasedCableByMeaningInSemanticAndHybridModes() {
        assertEquals("09STATE119085", refIds(PARAPHRASE, "semantic").get(0));
        assertEquals("09STATE119085", refIds(PARAPHRASE, "hybrid").get(0));
        // The default with q is hybrid.
        assertEquals(refIds(PARAPHRASE, "hybrid"), given().queryParam("q", PARAPHRASE).get(CABLES).then()
                .statusCode(200).extract().jsonPath().getList("items.refId", String.class));
    }

    @Test
    void aCableFoundByMeaningShowsItsNearestParagraphsWithPermalinks() {
        given().queryParam("q", PARAPHRASE).queryParam("mode", "semantic").get(CABLES).then().statusCode(200)
                .body("items[0].matches.size()", greaterThan(0))
                .body("items[0].matches[0].permalink", startsWith("http://localhost:8080/c/09STATE119085/"))
                .body("items[0].matches[0].excerpt.length()", greaterThan(40))
                .body("total", greaterThan(0))
                .body("facets.origin.size()", greaterThan(0));
    }

    @Test
    void aTypedReferenceIdAndARequiredPhraseStillDecideInHybridMode() {
        assertEquals("08ASTANA2380", refIds("ASTANA 2380", "hybrid").get(0));
        var keyword = refIds("\"temporary refuge\"", "keyword");
        var hybrid = refIds("\"temporary refuge\"", "hybrid");
        assertFalse(keyword.isEmpty());
        assertEquals(new java.util.HashSet<>(keyword), new java.util.HashSet<>(hybrid),
                "hybrid keeps to the cables holding the phrase");
    }

    @Test
    void keywordModeIsTheWordSearchAlone() {
        var keyword = refIds("heroin seizures Kazakhstan", "keyword");
        assertTrue(keyword.get(0).contains("ASTANA"), keyword.toString());
        given().queryParam("q", "heroin seizures Kazakhstan").queryParam("mode", "keyword").get(CABLES).then()
                .statusCode(200).body("items[0].matches[0].excerpt", containsString("<mark>"));
    }

    @Test
    void refusesAnUnknownModeAndAModeWithoutAQuery() {
        given().queryParam("q", "heroin").queryParam("mode", "fuzzy").get(CABLES).then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", startsWith("mode: fuzzy is not a search mode"));
        given().queryParam("mode", "semantic").get(CABLES).then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", startsWith("mode: without q"));
        given().queryParam("q", "heroin").queryParam("mode", "SEMANTIC").get(CABLES).then().statusCode(200)
                .body("items.size()", greaterThan(0));
        // The state the wait above saw may change: an import of a cable in another form (the seeds and the CSV) is
        // embedded again. Readiness names a known state and stays up.
        var data = readiness.call().getData().orElseThrow();
        assertTrue(java.util.Set.of("embedding", "current").contains(data.get("vectors")), data.toString());
        assertEquals(org.eclipse.microprofile.health.HealthCheckResponse.Status.UP, readiness.call().getStatus());
    }

    /** Both are Part 1 of Kazakhstan's narcotics report, two years apart: by meaning too, each is the other's nearest. */
    @Test
    void similarCablesComeFromTheVectorsInTheSameShape() {
        given().get("/api/v1/cables/08ASTANA2380/similar?limit=3").then().statusCode(200)
                .body("size()", org.hamcrest.Matchers.lessThanOrEqualTo(3))
                .body("[0].refId", org.hamcrest.Matchers.equalTo("06ASTANA590"))
                // best paragraph's cosine plus a fifth of the second's: at most 1.2 (MoreLikeThis scores are BM25 sums)
                .body("[0].score", org.hamcrest.Matchers.lessThanOrEqualTo(1.2f))
                .body("refId", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("08ASTANA2380")));
        given().get("/c/06ASTANA590/similar").then().statusCode(200)
                .body(containsString("/c/08ASTANA2380"));
    }
}
