package org.cablegate.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.cablegate.EmbeddedMariaDbResource;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every read endpoint for every bundled cable: the cable, its paragraphs one by one, facts, each network's post and
 * the thread, the cable's page, every paragraph's page and a card. Each must answer 200 with a body that parses (JSON,
 * HTML with its meta tags, a PNG). A page checked on one cable has not been checked.
 *
 * <p>Every Bluesky and Mastodon answer (post and thread) is also written to {@value #CLIENT_POSTS}, one JSON line
 * each, for the networks' own libraries to judge in {@code mvn verify} ({@code src/test/clients/check.mjs}: Bluesky's
 * {@code @atproto/api} detects the facets and validates the {@code app.bsky.feed.post} record).
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedMariaDbResource.class)
class EveryCableEveryEndpointTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};
    static final String CLIENT_POSTS = "target/client-posts/posts.jsonl";
    private final StringBuilder clientPosts = new StringBuilder();

    @BeforeEach
    void importEveryBundledCable() {
        for (var name : ApiFixtures.resource("samples/index.txt").lines().filter(l -> !l.isBlank()).toList()) {
            ApiFixtures.importText("samples/" + name);
        }
    }

    @Test
    void everyReadAnswersForEveryCable() {
        var refIds = ApiFixtures.resource("samples/index.txt").lines().filter(l -> !l.isBlank())
                .map(name -> name.substring(0, name.indexOf('.'))).distinct().toList();
        var failures = new ArrayList<String>();
        int requests = 0;
        for (var refId : refIds) {
            requests += sweep(refId, failures);
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + requests + " reads failed:\n"
                + String.join("\n", failures.subList(0, Math.min(40, failures.size()))));
        assertTrue(requests > 52 * 10, "the sweep reached " + requests + " reads");
        var out = java.nio.file.Path.of(CLIENT_POSTS);
        try {
            java.nio.file.Files.createDirectories(out.getParent());
            java.nio.file.Files.writeString(out, clientPosts, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private int sweep(String refId, List<String> failures) {
        int requests = 0;
        var cable = get("/api/v1/cables/" + refId, "application/json", failures);
        requests++;
        if (cable == null) {
            return requests;
        }
        List<Map<String, Object>> paragraphs = cable.jsonPath().getList("paragraphs");
        assertEquals(refId, cable.jsonPath().getString("refId"));
        var listed = get("/api/v1/cables/" + refId + "/paragraphs", "application/json", failures);
        get("/api/v1/cables/" + refId + "/facts", "application/json", failures);
        requests += 2;
        if (listed != null) {
            assertEquals(paragraphs.size(), listed.jsonPath().getList("$").size(), refId + " paragraphs");
        }
        var page = get("/c/" + refId, "text/html", failures);
        requests++;
        if (page != null) {
            var html = Jsoup.parse(page.asString());
            for (var p : paragraphs) {
                if (html.getElementById("par" + p.get("n")) == null) {
                    failures.add("/c/" + refId + " has no id=par" + p.get("n"));
                }
            }
        }
        boolean carded = false;
        for (var p : paragraphs) {
            var n = String.valueOf(p.get("n"));
            var base = "/api/v1/cables/" + refId + "/paragraphs/" + n;
            var one = get(base, "application/json", failures);
            if (one != null && !p.get("text").equals(one.jsonPath().getString("text"))) {
                failures.add(base + " text differs from the cable's");
            }
            get(base + "/facts", "application/json", failures);
            for (var query : List.of("", "?network=mastodon", "?network=bluesky", "?thread=true",
                    "?network=bluesky&thread=true")) {
                var post = get(base + "/snippet" + query, "application/json", failures);
                if (post != null && query.isEmpty()
                        && !post.jsonPath().getString("text").contains("#cablegate #" + refId)) {
                    failures.add(base + "/snippet lacks the hashtags");
                }
                if (post != null && query.contains("network=")) {
                    clientPosts.append("{\"path\":\"").append(base).append("/snippet").append(query)
                            .append("\",\"answer\":").append(post.asString().strip()).append("}\n");
                }
            }
            var paragraphPage = get("/c/" + refId + "/" + n, "text/html", failures);
            requests += 8;
            if (paragraphPage != null) {
                var html = Jsoup.parse(paragraphPage.asString());
                for (var meta : List.of("og:title", "og:description", "og:url", "og:type")) {
                    if (html.selectFirst("meta[property=" + meta + "]") == null) {
                        failures.add("/c/" + refId + "/" + n + " has no " + meta);
                    }
                }
                if (html.selectFirst("meta[name=twitter:card]") == null || html.selectFirst("link[rel=canonical]") == null) {
                    failures.add("/c/" + refId + "/" + n + " has no twitter:card or canonical link");
                }
            }
            if (!carded) {
                var card = get("/c/" + refId + "/" + n + "/card.png", "image/png", failures);
                requests++;
                if (card != null) {
                    var bytes = card.asByteArray();
                    assertArrayEquals(PNG, java.util.Arrays.copyOf(bytes, 4), refId + " card is a PNG");
                }
                carded = true;
            }
        }
        assertFalse(paragraphs.isEmpty(), refId + " has paragraphs");
        return requests;
    }

    /** The answer when it is 200 with the content type, else null and a failure noted. */
    private static Response get(String path, String type, List<String> failures) {
        var response = given().get(path);
        if (response.statusCode() != 200 || !String.valueOf(response.contentType()).startsWith(type)) {
            failures.add(path + " answered " + response.statusCode() + " " + response.contentType() + ": "
                    + new String(response.asByteArray(), StandardCharsets.UTF_8).lines().findFirst().orElse(""));
            return null;
        }
        if (type.equals("application/json")) {
            response.jsonPath().get("$");
        }
        return response;
    }
}
