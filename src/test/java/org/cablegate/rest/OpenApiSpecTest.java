package org.cablegate.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.cablegate.EmbeddedMariaDbResource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@QuarkusTestResource(EmbeddedMariaDbResource.class)
class OpenApiSpecTest {

    @Test
    void committedSpecIsWhatTheServiceServes() throws IOException {
        var committed = Files.readString(Path.of("openapi/openapi.yaml"));
        var served = given().queryParam("format", "yaml").get("/q/openapi").then().statusCode(200).extract().asString();
        assertEquals(committed.strip(), served.strip(),
                "openapi/openapi.yaml is stale: run `mvn package -DskipTests` and commit openapi/");
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
