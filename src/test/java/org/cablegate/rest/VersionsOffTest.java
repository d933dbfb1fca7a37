package org.cablegate.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.cablegate.EmbeddedMariaDbResource;
import org.cablegate.ingest.CableParser;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.cablegate.rest.ApiFixtures.KEY;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** With {@code cables.versions.enabled=false} an import replaces the stored text, as before versions were kept. */
@QuarkusTest
@TestProfile(VersionsOffTest.Off.class)
@QuarkusTestResource(EmbeddedMariaDbResource.class)
class VersionsOffTest {

    public static class Off implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("cables.versions.enabled", "false");
        }
    }

    private static String post(String file) {
        return given().auth().oauth2(KEY).contentType("text/plain; charset=UTF-8")
                .body(ApiFixtures.resource("versions/09BEIJING2438/" + file))
                .when().post("/api/v1/cables").then().extract().path("outcome");
    }

    @Test
    void aChangedImportReplacesTheTextAndTheCableKeepsOneVersion() throws Exception {
        assertEquals("created", post("1-20101203a.html"));
        assertEquals("updated", post("2-20101203.html"));
        var second = new CableParser().parse(ApiFixtures.resource("versions/09BEIJING2438/2-20101203.html"));
        given().get("/api/v1/cables/09BEIJING2438").then().statusCode(200)
                .body("paragraphs.text", equalTo(second.paragraphs().stream().map(p -> p.text()).toList()));
        given().get("/api/v1/cables/09BEIJING2438/versions").then().statusCode(200)
                .body("size()", equalTo(1)).body("current", equalTo(List.of(true)));
        given().get("/api/v1/changes").then().statusCode(200).body("items", equalTo(List.of()));
        given().get("/c/09BEIJING2438").then().statusCode(200).body(not(containsString("/c/09BEIJING2438/diff")));
    }
}
