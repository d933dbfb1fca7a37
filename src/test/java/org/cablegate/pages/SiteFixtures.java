package org.cablegate.pages;

import io.restassured.http.ContentType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;

/** The bundled cables, and two cables published in several versions, imported through the API. */
final class SiteFixtures {

    static final String KEY = "test-key";
    /** Sequences of versions (oldest first) whose diff pages the site links to; 10RIYADH182 lifts redactions. */
    static final List<String> VERSIONED = List.of(
            "versions/06MADRID76/1-201012072146.html", "versions/06MADRID76/2-201012082231.html",
            "versions/10RIYADH182/1-20101203a.html", "versions/10RIYADH182/2-20101203.html",
            "versions/10RIYADH182/3-201012070806.html");

    static {
        io.restassured.RestAssured.config = io.restassured.RestAssured.config()
                .encoderConfig(io.restassured.config.EncoderConfig.encoderConfig().defaultContentCharset("UTF-8"));
    }

    private SiteFixtures() {
    }

    /** The reference IDs of the bundled cables, in the order of {@code samples/index.txt}. */
    static List<String> bundledRefIds() {
        return bundledFiles().stream().map(name -> name.substring(0, name.indexOf('.'))).distinct().toList();
    }

    static List<String> bundledFiles() {
        return resource("samples/index.txt").lines().filter(l -> !l.isBlank()).toList();
    }

    static void importAll() {
        for (var name : bundledFiles()) {
            importText("samples/" + name);
        }
        VERSIONED.forEach(SiteFixtures::importText);
    }

    static void importText(String path) {
        given().auth().oauth2(KEY).contentType(ContentType.TEXT).body(resource(path))
                .when().post("/api/v1/cables")
                .then().statusCode(anyOf(is(200), is(201)));
    }

    static String resource(String path) {
        try (InputStream in = SiteFixtures.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
