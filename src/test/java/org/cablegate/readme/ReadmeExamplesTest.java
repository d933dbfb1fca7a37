package org.cablegate.readme;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.cablegate.EmbeddedMariaDbResource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs the README's examples (blocks marked {@code sh api-example}) against the service, in order, as curl would send
 * them: {@code localhost:8080} is the test's service, {@code $CABLES_API_KEY} its key, {@code $NEXT} and {@code $ETAG}
 * the {@code next} member and {@code ETag} header of the answer before.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedMariaDbResource.class)
class ReadmeExamplesTest {

    private static final String TEST_KEY = "test-key";
    private static final List<String> SEEDS = List.of(
            "src/main/resources/samples/06ASTANA590.page.txt", "src/main/resources/samples/08ASTANA2380.mirror.txt");

    @TestHTTPResource
    URI service;

    @Test
    void everyExampleOfTheReadmeAnswersWhatItSays() throws IOException {
        for (var seed : SEEDS) {
            given().auth().oauth2(TEST_KEY).contentType("text/plain; charset=UTF-8").body(Files.readAllBytes(Path.of(seed)))
                    .post("/api/v1/cables").then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        }
        var examples = ReadmeExamples.parse(Files.readAllLines(Path.of("README.md")));
        assertTrue(examples.size() >= 10, "the README's examples are found: " + examples.size());
        assertTrue(examples.stream().anyMatch(e -> e.method().equals("POST")), "an import is among them");

        var variables = new HashMap<String, String>(Map.of("CABLES_API_KEY", TEST_KEY));
        for (var example : examples) {
            var sent = example.with(text -> fill(text, variables));
            var answer = send(sent);
            assertTrue(sent.statuses().contains(answer.statusCode()),
                    example.source() + "\n  answered " + answer.statusCode() + ": " + answer.asString());
            for (var header : sent.requiredHeaders()) {
                assertNotNull(answer.header(header), example.source() + "\n  has no " + header + " header");
            }
            remember(answer, variables);
        }
    }

    @Test
    void readsCurlLinesAsRequests() {
        var example = ReadmeExamples.example("curl -X POST -H \"Authorization: Bearer $CABLES_API_KEY\" "
                + "-H 'Content-Type: text/plain' --data-binary @a/b.txt localhost:8080/api/v1/cables   # expect 200|201 Location");
        assertEquals("POST", example.method());
        assertEquals("localhost:8080/api/v1/cables", example.url());
        assertEquals(Map.of("Authorization", "Bearer $CABLES_API_KEY", "Content-Type", "text/plain"), example.headers());
        assertEquals("a/b.txt", example.bodyFile());
        assertEquals(Set.of(200, 201), example.statuses());
        assertEquals(List.of("Location"), example.requiredHeaders());
        assertEquals("GET", ReadmeExamples.example("curl -o x.yaml 'localhost:8080/q/openapi?format=yaml' # expect 200").method());
        assertThrows(IllegalArgumentException.class, () -> ReadmeExamples.example("curl localhost:8080/api/v1/tags"),
                "an example without its expected status is refused");
        assertThrows(IllegalArgumentException.class,
                () -> ReadmeExamples.example("curl --compressed localhost:8080/api/v1/tags # expect 200"),
                "an option the test cannot honour is refused, not ignored");
    }

    private Response send(ReadmeExamples.Example example) throws IOException {
        var target = URI.create(example.url().replaceFirst("^(https?://)?localhost:8080", service.toString().replaceAll("/$", "")));
        // The spec-validating filter of every @QuarkusTest checks these answers against the spec too.
        var request = given().urlEncodingEnabled(false).headers(example.headers());
        if (example.bodyFile() != null) {
            request = request.body(Files.readAllBytes(Path.of(example.bodyFile())));
        }
        return request.request(example.method(), target);
    }

    /** $NAME → its value; a name with no value yet is a defect of the README's order. */
    private static String fill(String text, Map<String, String> variables) {
        var filled = text;
        for (var variable : variables.entrySet()) {
            filled = filled.replace("$" + variable.getKey(), variable.getValue());
        }
        if (filled.matches(".*\\$[A-Z_]+.*")) {
            throw new IllegalStateException("no value for a variable of: " + text);
        }
        return filled;
    }

    private static void remember(Response answer, Map<String, String> variables) {
        var etag = answer.header("ETag");
        if (etag != null) {
            variables.put("ETAG", etag);
        }
        if (answer.contentType() != null && answer.contentType().startsWith("application/json")) {
            Object next = answer.jsonPath().get("next");
            if (next instanceof String cursor) {
                variables.put("NEXT", java.net.URLEncoder.encode(cursor, java.nio.charset.StandardCharsets.UTF_8));
            }
        }
    }
}
