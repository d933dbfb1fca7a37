package org.cablegate.deadline;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.cablegate.EmbeddedMariaDbResource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.cablegate.deadline.RequestDeadlineProfile.DEADLINE_MILLIS;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reads keep to the deadline: past it, 503 problem JSON with Retry-After; before it, the answer itself. */
@QuarkusTest
@TestProfile(RequestDeadlineProfile.class)
@QuarkusTestResource(EmbeddedMariaDbResource.class)
class RequestDeadlineTest {

    @Test
    void aReadPastTheDeadlineIsAnswered503WithProblemJsonAndRetryAfter() {
        long start = System.nanoTime();
        given().queryParam("ms", 3_000).when().get("/test-only/slow").then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .header("Cache-Control", "no-store")
                .body("type", equalTo("urn:cablegate:problem:database-unavailable"))
                .body("status", equalTo(503))
                .body("instance", equalTo("/test-only/slow"));
        long tookMillis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(tookMillis < 2_900, "answered at the deadline, not when the read ended: " + tookMillis + " ms");
    }

    @Test
    void aReadWithinTheDeadlineIsAnsweredItself() {
        given().queryParam("ms", 0).when().get("/test-only/slow").then()
                .statusCode(200).body("slept", equalTo(0));
    }

    /**
     * Answers finishing right at the deadline: each is either the resource's answer whole or the deadline's whole,
     * never the status of one with the body of the other (seen before the claim: a 200 with the problem body).
     */
    @Test
    void anAnswerFinishingAtTheDeadlineIsOneAnswerOrTheOtherNeverAMix() throws Exception {
        var pool = Executors.newFixedThreadPool(8);
        try {
            var answers = new ArrayList<Future<Response>>();
            for (int i = 0; i < 160; i++) {
                long sleep = DEADLINE_MILLIS - 20 + i % 40;
                answers.add(pool.submit((Callable<Response>) () ->
                        given().queryParam("ms", sleep).when().get("/test-only/slow")));
            }
            int late = 0;
            for (var future : answers) {
                var response = future.get();
                var body = response.asString();
                if (response.statusCode() == 503) {
                    late++;
                    assertTrue(body.contains("\"status\":503"), body);
                    assertEquals("5", response.header("Retry-After"));
                } else {
                    assertEquals(200, response.statusCode(), body);
                    assertTrue(body.startsWith("{\"slept\":"), body);
                }
            }
            System.out.println("Deadline race: " + late + " of " + answers.size() + " answered by the deadline");
        } finally {
            pool.shutdownNow();
        }
    }
}
