package org.cablegate.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.cablegate.EmbeddedMariaDbResource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(EmbeddedMariaDbResource.class)
class OpenApiSpecTest {

    /** Compared as documents: the build and the running service write the same members in different orders. */
    @Test
    void committedSpecIsWhatTheServiceServes() throws IOException {
        var yaml = new ObjectMapper(new YAMLFactory());
        var committed = yaml.readTree(Files.readString(Path.of("openapi/openapi.yaml")));
        var servedText = given().queryParam("format", "yaml").get("/q/openapi").then().statusCode(200)
                .extract().asString();
        // Kept for a look when the two differ.
        Files.writeString(Path.of("target", "openapi-served.yaml"), servedText);
        var served = yaml.readTree(servedText);
        assertEquals(served, committed,
                "openapi/openapi.yaml is stale: run `mvn package -DskipTests` and commit openapi/");
        assertTrue(committed.path("paths").has("/api/v1/cables/{refId}/paragraphs/{n}/snippet"), "the spec is whole");
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
