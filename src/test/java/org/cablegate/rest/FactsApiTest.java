package org.cablegate.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.cablegate.EmbeddedMariaDbResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.cablegate.rest.ApiFixtures.KEY;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(EmbeddedMariaDbResource.class)
class FactsApiTest {

    @BeforeEach
    void seeds() {
        ApiFixtures.importSeeds();
    }

    @Test
    void offsetsPointAtTheSurfaceTextOfEveryFact() {
        var texts = new HashMap<String, String>();
        given().get("/api/v1/cables/06ASTANA590/paragraphs").then().statusCode(200).extract().jsonPath()
                .getList("$", Map.class)
                .forEach(p -> texts.put((String) p.get("n"), (String) p.get("text")));
        List<Map<String, Object>> facts = given().get("/api/v1/cables/06ASTANA590/facts").then().statusCode(200)
                .extract().jsonPath().getList("$");
        assertTrue(facts.size() > 20, "a narcotics report is dense with figures: " + facts.size());
        for (var f : facts) {
            var text = texts.get((String) f.get("n"));
            var start = (Integer) f.get("start");
            var end = (Integer) f.get("end");
            assertEquals(f.get("text"), text.substring(start, end), "fact " + f.get("id"));
        }
        assertEquals(facts.size(), new HashSet<>(facts.stream().map(f -> f.get("id")).toList()).size(), "ids are unique");
    }

    @Test
    void paragraphFactsAreTypedAndNormalised() {
        given().get("/api/v1/cables/06ASTANA590/paragraphs/20/facts").then().statusCode(200)
                .body("find { it.text == '22,549 kilos' }.type", equalTo("quantity"))
                .body("find { it.text == '22,549 kilos' }.value", equalTo(22549))
                .body("find { it.text == '22,549 kilos' }.unit", equalTo("kg"))
                .body("find { it.text == '22,549 kilos' }.substance", equalTo("drugs"))
                .body("find { it.text == '22,549 kilos' }.permalink", equalTo("http://localhost:8080/c/06ASTANA590/20"));
        given().get("/api/v1/cables/06ASTANA590/paragraphs/7/facts").then().statusCode(200)
                .body("find { it.text == '$8 million' }.currency", equalTo("USD"))
                .body("find { it.text == '$8 million' }.value", equalTo(8000000));
        given().queryParam("type", "percentage").get("/api/v1/cables/06ASTANA590/facts").then().statusCode(200)
                .body("type", everyItem(equalTo("percentage")))
                .body("text", hasItem("13.4%"));
    }

    @Test
    void unknownTypeIs400AndUnknownParagraphIs404() {
        CablesApiTest.problem(given().queryParam("type", "weight").get("/api/v1/cables/06ASTANA590/facts"), 400);
        CablesApiTest.problem(given().get("/api/v1/cables/06ASTANA590/paragraphs/99/facts"), 404);
        CablesApiTest.problem(given().get("/api/v1/cables/06NOWHERE1/facts"), 404);
    }

    @Test
    void corpusWideFactsPageWithoutGapsOrRepeats() {
        var all = given().queryParam("type", "quantity").queryParam("limit", 100).get("/api/v1/facts")
                .then().statusCode(200).body("items.type", everyItem(equalTo("quantity")))
                .extract().jsonPath().getList("items.id", String.class);
        assertTrue(all.size() > 10, "quantities in the seeds: " + all.size());
        var walked = new java.util.ArrayList<String>();
        String cursor = null;
        do {
            var request = given().queryParam("type", "quantity").queryParam("limit", 4);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.get("/api/v1/facts").then().statusCode(200).extract().jsonPath();
            walked.addAll(page.getList("items.id", String.class));
            cursor = page.getString("next");
        } while (cursor != null && walked.size() <= all.size());
        if (all.size() < 100) {
            assertEquals(all, walked);
        }
        given().queryParam("type", "quantity").queryParam("unit", "kg").queryParam("origin", "Embassy Astana")
                .get("/api/v1/facts").then().statusCode(200)
                .body("items.unit", everyItem(equalTo("kg")));
        given().queryParam("type", "money").queryParam("currency", "usd").get("/api/v1/facts").then().statusCode(200)
                .body("items.size()", greaterThan(0))
                .body("items.currency", everyItem(equalTo("USD")));
    }

    @Test
    void totalsAddUpKilogramsByOriginAndYear() {
        given().queryParam("type", "quantity").queryParam("unit", "kg").get("/api/v1/facts/totals")
                .then().statusCode(200)
                .body("find { it.origin == 'Embassy Astana' && it.year == 2006 && it.substance == 'drugs' }.total",
                        org.hamcrest.Matchers.notNullValue())
                .body("unit", everyItem(equalTo("kg")));
        CablesApiTest.problem(given().queryParam("type", "date").get("/api/v1/facts/totals"), 400);
    }

    @Test
    void glossaryCollectsAcronymDefinitions() {
        given().queryParam("prefix", "KNB").get("/api/v1/acronyms").then().statusCode(200)
                .body("items.find { it.acronym == 'KNB' }.expansion", equalTo("Committee for National Security"));
        var first = given().queryParam("limit", 2).get("/api/v1/acronyms").then().statusCode(200).extract().jsonPath();
        var next = first.getString("next");
        if (next != null) {
            var second = given().queryParam("limit", 2).queryParam("cursor", next).get("/api/v1/acronyms")
                    .then().statusCode(200).extract().jsonPath().getList("items.acronym", String.class);
            assertFalse(second.isEmpty());
            var firstPage = first.getList("items.acronym", String.class);
            assertTrue(second.get(0).compareTo(firstPage.get(firstPage.size() - 1)) >= 0, "alphabetical across pages");
        }
    }

    @Test
    void aCableCitedOnlyInAnotherCablesTextListsItAsCitedBy() {
        // read first, so that a cached answer has to be dropped by the write
        given().get("/api/v1/cables/06ASTANA590").then().statusCode(200)
                .body("referencedBy.refId", org.hamcrest.Matchers.not(hasItem("06ASTANA778")));
        given().get("/c/06ASTANA590").then().statusCode(200)
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("06ASTANA778")));
        var citing = """
                R 211200Z NOV 06
                FM AMEMBASSY ASTANA
                TO SECSTATE WASHDC 1235
                UNCLAS ASTANA 000778
                SIPDIS
                E.O. 12958: N/A
                TAGS: SNAR KZ
                SUBJECT: KAZAKHSTAN: SEIZURES SINCE THE INCSR REPORT
                1. (U) As reported in 06 ASTANA 590, seizures of heroin rose; no REF line names it.
                """;
        given().auth().oauth2(KEY).contentType(ContentType.TEXT).body(citing).post("/api/v1/cables")
                .then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)))
                .body("refId", equalTo("06ASTANA778"));
        given().get("/api/v1/cables/06ASTANA778").then().statusCode(200)
                .body("references", org.hamcrest.Matchers.empty());
        given().get("/api/v1/cables/06ASTANA778/facts?type=reference").then().statusCode(200)
                .body("target", org.hamcrest.Matchers.contains("06ASTANA590"));
        given().get("/api/v1/cables/06ASTANA590").then().statusCode(200)
                .body("referencedBy.refId", hasItem("06ASTANA778"));
        given().get("/c/06ASTANA590").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("06ASTANA778"));
    }

    @Test
    void referencesLinkBothWays() {
        var citing = """
                UNCLAS ASTANA 000777
                SIPDIS
                E.O. 12958: N/A
                TAGS: SNAR KZ
                SUBJECT: KAZAKHSTAN: FOLLOW-UP TO THE INCSR REPORT
                REF: ASTANA 590
                1. (U) This cable follows up reftel on counter-narcotics.
                """;
        var header = "R 201200Z NOV 06\nFM AMEMBASSY ASTANA\nTO SECSTATE WASHDC 1234\n";
        given().auth().oauth2(KEY).contentType(ContentType.TEXT).body(header + citing).post("/api/v1/cables")
                .then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)))
                .body("refId", equalTo("06ASTANA777"));
        given().get("/api/v1/cables/06ASTANA777").then().statusCode(200)
                .body("references[0].refId", equalTo("06ASTANA590"))
                .body("references[0].inCorpus", equalTo(true));
        given().get("/api/v1/cables/06ASTANA590").then().statusCode(200)
                .body("referencedBy.refId", hasItem("06ASTANA777"));
        given().get("/api/v1/cables/06ASTANA777/facts").then().statusCode(200)
                .body("find { it.type == 'reference' }.target", equalTo("06ASTANA590"));
    }

    @Test
    void reimportReplacesFactsWithoutDuplicates() {
        var before = given().get("/api/v1/cables/08ASTANA2380/facts").then().extract().jsonPath().getList("id");
        ApiFixtures.importText(ApiFixtures.ASTANA_MIRROR);
        var after = given().get("/api/v1/cables/08ASTANA2380/facts").then().extract().jsonPath().getList("id");
        assertEquals(before, after);
    }
}
