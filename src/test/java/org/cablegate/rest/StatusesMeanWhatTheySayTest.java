package org.cablegate.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.cablegate.EmbeddedMariaDbResource;
import org.cablegate.contract.SpecValidatingFilter;
import org.cablegate.problem.Problem;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.cablegate.rest.ApiFixtures.KEY;
import static org.cablegate.rest.ApiFixtures.SAMPLE_CSV;
import static org.cablegate.rest.ApiFixtures.resource;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Statuses a bot can act on: a CSV import that stored nothing is not a success, a rejected row is named by one
 * number, and an over-long URL or header gets a problem document, not Vert.x's empty answer.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedMariaDbResource.class)
class StatusesMeanWhatTheySayTest {

    private static final String NOT_A_CABLE_ROW =
            "\"999\",\"1/1/2008 0:00\",\"08NOWHERE1\",\"Embassy Nowhere\",\"UNCLASSIFIED\",\"\",\"\",\"no cable here\"\n";

    private static Response postCsv(String csv) {
        return given().auth().oauth2(KEY).contentType("text/csv").body(csv).when().post("/api/v1/cables");
    }

    private static String firstSampleRow() {
        return resource(SAMPLE_CSV).split("\n(?=\"\\d+\",\")")[0] + "\n";
    }

    @Test
    void everyAnswerHereIsJudgedByTheCommittedSpec() {
        assertTrue(io.restassured.RestAssured.filters().stream().anyMatch(f -> f instanceof SpecValidatingFilter),
                "ValidateAnswersAgainstSpec registers the spec's filter for every @QuarkusTest");
    }

    @Test
    void csvOfWhichNoRowIsStoredIs422WithTheReport() {
        postCsv(NOT_A_CABLE_ROW).then().statusCode(422)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:cablegate:problem:no-row-imported"))
                .body("status", equalTo(422))
                .body("rows", equalTo(1))
                .body("created", equalTo(0))
                .body("rejected", equalTo(1))
                .body("results[0].row", equalTo(1))
                .body("results[0].outcome", equalTo("rejected"))
                .body("results[0].reason", not(equalTo(null)));
    }

    @Test
    void csvWithNoRowAtAllIs422() {
        postCsv("").then().statusCode(422).contentType(Problem.MEDIA_TYPE).body("rows", equalTo(0));
    }

    @Test
    void csvWithOneStoredRowIs200EvenWhenTheOthersAreRejected() {
        postCsv(firstSampleRow() + NOT_A_CABLE_ROW).then().statusCode(200)
                .body("rows", equalTo(2))
                .body("rejected", equalTo(1))
                .body("results[1].row", equalTo(2));
    }

    @Test
    void aRowOfTheWrongShapeHasOneNumberInRowAndReason() {
        postCsv("\"1\",\"a\",\"b\",\"c\"\n").then().statusCode(422)
                .body("results[0].row", equalTo(1))
                .body("results[0].reason", startsWith("row 1 has 4 fields"));
        postCsv(firstSampleRow() + "\"2\",\"a\",\"b\",\"c\"\n").then().statusCode(200)
                .body("results[1].row", equalTo(2))
                .body("results[1].reason", startsWith("row 2 has 4 fields"));
    }

    @Test
    void aReferenceIdOf5000CharactersIs414ProblemJson() {
        var response = given().get("/api/v1/cables/" + "A".repeat(5000));
        response.then().statusCode(414).contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(414))
                .body("type", equalTo("urn:cablegate:problem:uri-too-long"));
        // The instance is cut to 100 characters and an ellipsis rather than echoed whole.
        assertEquals(101, response.jsonPath().getString("instance").length());
    }

    @Test
    void anOverLongPageSegmentIs414ProblemJsonToo() {
        given().get("/c/" + "A".repeat(1000) + "/20").then().statusCode(414).contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(414));
    }

    @Test
    void aUrlOver8000CharactersIs414ProblemJson() {
        given().queryParam("q", "heroin ".repeat(1300)).get("/api/v1/cables").then().statusCode(414)
                .contentType(Problem.MEDIA_TYPE)
                .body("detail", startsWith("The URL has "));
    }

    @Test
    void anOverLongHeaderIs431ProblemJson() {
        given().header("X-Padding", "x".repeat(10_000)).get("/api/v1/tags").then().statusCode(431)
                .contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(431))
                .body("type", equalTo("urn:cablegate:problem:header-too-large"));
    }
}
