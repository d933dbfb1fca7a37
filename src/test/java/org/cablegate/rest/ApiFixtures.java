package org.cablegate.rest;

import io.restassured.http.ContentType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;

/** Corpus files and imports shared by the API tests; imports are idempotent, so test order never matters. */
final class ApiFixtures {

    static final String KEY = "test-key";
    static final String ASTANA_PAGE = "samples/06ASTANA590.page.txt";
    static final String ASTANA_MIRROR = "samples/08ASTANA2380.mirror.txt";
    static final String SAMPLE_CSV = "corpus/csv/sample.csv";

    static {
        // Cables hold ¶ and curly quotes: send them as UTF-8, as any sensible client does.
        io.restassured.RestAssured.config = io.restassured.RestAssured.config()
                .encoderConfig(io.restassured.config.EncoderConfig.encoderConfig().defaultContentCharset("UTF-8"));
    }

    private ApiFixtures() {
    }

    static String resource(String path) {
        try (InputStream in = ApiFixtures.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void importText(String path) {
        given().auth().oauth2(KEY).contentType(ContentType.TEXT).body(resource(path))
                .when().post("/api/v1/cables")
                .then().statusCode(anyOf(is(200), is(201)));
    }

    static void importSeeds() {
        importText(ASTANA_PAGE);
        importText(ASTANA_MIRROR);
    }

    static void importSampleCsv() {
        given().auth().oauth2(KEY).contentType("text/csv").body(resource(SAMPLE_CSV))
                .when().post("/api/v1/cables")
                .then().statusCode(200)
                .body("rows", org.hamcrest.Matchers.equalTo(45))
                .body("rejected", org.hamcrest.Matchers.equalTo(0));
    }
}
