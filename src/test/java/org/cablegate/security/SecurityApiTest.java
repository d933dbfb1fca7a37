package org.cablegate.security;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.cablegate.EmbeddedMariaDbResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Writes through Quarkus security with keys in rotation, reads limited per client, the headers every answer carries,
 * hostile cable text escaped in pages, and failures that tell a client nothing of the server's insides.
 */
@QuarkusTest
@TestProfile(SecurityProfile.class)
@QuarkusTestResource(EmbeddedMariaDbResource.class)
class SecurityApiTest {

    @io.quarkus.test.common.http.TestHTTPResource(value = "/health/live", management = true)
    java.net.URL health;

    /** A cable whose subject and text try to break out of every HTML context the pages put them in. */
    private static final String REF_ID = "08ASTANA9871";
    private static final String HOSTILE_SUBJECT = "\"><script>alert(1)</script> '<b onmouseover=x>";
    private static final String HOSTILE_TEXT = "The embassy <img src=x onerror=alert(2)> says \"hi\" & </p><script>x()</script>";
    private static final String CABLE = "P 020158Z DEC 08\nFM AMEMBASSY ASTANA\nTO RUEHC/SECSTATE WASHDC PRIORITY 4006\n\n"
            + "UNCLAS SECTION 01 OF 02 ASTANA 009871\nSIPDIS\nE.O. 12958: N/A\nTAGS: PREL KZ\nSUBJECT: " + HOSTILE_SUBJECT
            + "\n\n1. (U) " + HOSTILE_TEXT + "\n\n2. (U) A second paragraph.\n\nMILAS\n";

    /** Each read-making test is a client of its own, so that the low limit of the profile is met only where meant. */
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    private String client;

    @BeforeEach
    void importTheHostileCable() {
        client = "203.0.113." + CLIENTS.incrementAndGet();
        given().auth().oauth2(SecurityProfile.NEW_KEY).contentType(ContentType.TEXT).body(CABLE)
                .post("/api/v1/cables").then().statusCode(anyOf(is(200), is(201)));
    }

    private RequestSpecification asClient() {
        return given().header("X-Forwarded-For", client + ", 10.0.0.1");
    }

    // --- Keys

    @Test
    void bothKeysOfARotationAndTheSingleKeyOfOldAreAccepted() {
        for (var key : List.of(SecurityProfile.OLD_KEY, SecurityProfile.NEW_KEY, "test-key")) {
            given().auth().oauth2(key).contentType(ContentType.TEXT).body(CABLE).post("/api/v1/cables")
                    .then().statusCode(200);
        }
    }

    @Test
    void noKeyIs401ProblemWithAChallenge() {
        var response = given().contentType(ContentType.TEXT).body(CABLE).post("/api/v1/cables");
        problem(response, 401, "unauthenticated");
        assertEquals("Bearer realm=\"cablegate\"", response.header("WWW-Authenticate"));
        problem(given().header("Authorization", "Basic dGVzdC1rZXk6").contentType(ContentType.TEXT).body(CABLE)
                .post("/api/v1/cables"), 401, "unauthenticated");
    }

    @Test
    void aWrongKeyIs403Problem() {
        for (var key : List.of("key-2026-c", SecurityProfile.NEW_KEY + "x", "key-2026-", "")) {
            var response = given().header("Authorization", "Bearer " + key).contentType(ContentType.TEXT).body(CABLE)
                    .post("/api/v1/cables");
            problem(response, key.isEmpty() ? 401 : 403, key.isEmpty() ? "unauthenticated" : "forbidden");
        }
    }

    @Test
    void importJobsNeedTheKeyToStartAndToRead() {
        problem(given().contentType("text/csv").body("x").post("/api/v1/imports"), 401, "unauthenticated");
        problem(given().auth().oauth2("wrong").contentType("text/csv").body("x").post("/api/v1/imports"), 403, "forbidden");
        problem(given().get("/api/v1/imports/no-such-job"), 401, "unauthenticated");
        problem(given().auth().oauth2("wrong").get("/api/v1/imports/no-such-job"), 403, "forbidden");
        problem(given().auth().oauth2(SecurityProfile.OLD_KEY).get("/api/v1/imports/no-such-job"), 404, "not-found");
    }

    @Test
    void aKeyOnAPublicReadIsIgnoredNotChecked() {
        asClient().header("Authorization", "Bearer not-a-key").get("/api/v1/cables/" + REF_ID).then().statusCode(200);
    }

    // --- Rate limit

    @Test
    void readsPastTheBurstAre429WithRetryAfterCachedAnswersIncluded() {
        // The same cacheable URL every time: after the first, each answer would come from the response cache.
        var path = "/api/v1/cables/" + REF_ID;
        for (int i = 0; i < SecurityProfile.BURST; i++) {
            asClient().get(path).then().statusCode(200);
        }
        var limited = asClient().get(path);
        var body = problem(limited, 429, "too-many-requests");
        var retryAfter = Long.parseLong(limited.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 100, "one token per 100 s: " + retryAfter);
        assertEquals(retryAfter, ((Number) body.get("retryAfter")).longValue());
        assertEquals("nosniff", limited.header("X-Content-Type-Options"));
        problem(asClient().header("If-None-Match", "*").get(path), 429, "too-many-requests");
        problem(asClient().get("/c/" + REF_ID), 429, "too-many-requests");

        // Another client still reads; the limited one may still write and probe health.
        given().header("X-Forwarded-For", "198.51.100.77").get(path).then().statusCode(200);
        asClient().auth().oauth2(SecurityProfile.OLD_KEY).contentType(ContentType.TEXT).body(CABLE)
                .post("/api/v1/cables").then().statusCode(200);
        asClient().get(health).then().statusCode(200);
    }

    // --- Headers and escaping

    @Test
    void pagesEscapeHostileCableTextInEveryContext() {
        for (var path : List.of("/c/" + REF_ID, "/c/" + REF_ID + "/1")) {
            var response = asClient().get(path);
            response.then().statusCode(200).contentType(ContentType.HTML);
            var page = response.asString();
            // The one script element allowed is the JSON-LD data block, whose values cannot contain "<" at all.
            var jsonLd = java.util.regex.Pattern.compile("<script type=\"application/ld\\+json\">([^<]*)</script>\n");
            var matcher = jsonLd.matcher(page);
            assertTrue(matcher.find(), path + " has its JSON-LD block, closed where it should be");
            assertTrue(matcher.group(1).contains("\\u003cscript\\u003ealert(1)"), matcher.group(1));
            var html = matcher.replaceAll("");
            assertFalse(html.contains("<script"), path + " has a script element:\n" + html);
            assertFalse(html.contains("<img"), path);
            assertFalse(html.contains("<b onmouseover"), path);
            assertFalse(html.contains("\"><script") || html.contains("'<b"), path + ": the subject closed an attribute");
            assertTrue(html.contains("&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"), path + ":\n" + html);
            assertTrue(html.contains("&lt;img src=x onerror=alert(2)&gt;"), path);
            // In attribute values (og:title, twitter:title, descriptions) the quotes are escaped too.
            var attributes = html.lines().filter(l -> l.startsWith("<meta") && l.contains("alert(1)")).toList();
            assertFalse(attributes.isEmpty(), path + " puts the subject in no meta tag:\n" + html);
            for (var line : attributes) {
                assertTrue(line.matches("<meta (name|property)=\"[a-z:]+\" content=\"[^\"<>]*\">"), line);
                assertTrue(line.contains("&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt; &#39;&lt;b onmouseover=x&gt;"),
                        line);
            }
            assertEquals(SecurityHeadersFilter.PAGE_POLICY, response.header("Content-Security-Policy"));
            assertEquals("nosniff", response.header("X-Content-Type-Options"));
            assertEquals("no-referrer", response.header("Referrer-Policy"));
        }
    }

    @Test
    void imagesAndJsonCarryAPolicyThatAllowsNothing() {
        var card = asClient().get("/c/" + REF_ID + "/1/card.png");
        card.then().statusCode(200).contentType("image/png");
        var json = asClient().get("/api/v1/cables/" + REF_ID);
        json.then().statusCode(200).contentType(ContentType.JSON);
        assertEquals(HOSTILE_SUBJECT, json.jsonPath().getString("subject"), "the API gives the text as it is");
        var notFound = asClient().get("/api/v1/cables/08ASTANA1");
        for (var response : List.of(card, json, notFound)) {
            assertEquals(SecurityHeadersFilter.NOTHING_POLICY, response.header("Content-Security-Policy"));
            assertEquals("nosniff", response.header("X-Content-Type-Options"));
            assertEquals("no-referrer", response.header("Referrer-Policy"));
            assertEquals("DENY", response.header("X-Frame-Options"));
        }
    }

    // --- Failures

    @Test
    void failuresShowNoStackClassNameOrSqlInTheBodyOrTheLog() {
        var records = new ArrayList<LogRecord>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.INFO.intValue()) {
                    synchronized (records) {
                        records.add(record);
                    }
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        var root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            for (var kind : List.of("sql", "checked", "web", "npe")) {
                var response = asClient().get("/test-only/failures/" + kind);
                var status = kind.equals("web") ? 502 : 500;
                var body = problem(response, status, kind.equals("web") ? "http-502" : "internal-error");
                assertNotNull(body.get("incident"), kind);
                assertRevealsNothing(kind + " body", response.asString());
            }
        } finally {
            root.removeHandler(capture);
        }
        synchronized (records) {
            assertFalse(records.isEmpty(), "each failure is logged");
            for (var record : records) {
                assertNull(record.getThrown(), "a stack trace at " + record.getLevel() + ": " + record.getMessage());
                var message = record.getParameters() == null ? record.getMessage()
                        : String.format(record.getMessage(), record.getParameters());
                assertRevealsNothing("log line", message);
            }
        }
    }

    @Test
    void clientErrorsAreProblemsThatRevealNothingEither() {
        for (var response : List.of(asClient().get("/api/v1/cables?cursor=%27%20OR%201=1--"),
                asClient().get("/api/v1/cables?limit=-1"),
                asClient().get("/api/v1/cables/" + REF_ID + "/paragraphs/%3Cscript%3E"),
                asClient().auth().oauth2(SecurityProfile.OLD_KEY).contentType(ContentType.JSON).body("{}")
                        .post("/api/v1/cables"))) {
            var status = response.statusCode();
            assertTrue(status >= 400 && status < 500, "status " + status);
            assertTrue(response.contentType().startsWith("application/problem+json"), response.contentType());
            assertRevealsNothing("a " + status, response.asString());
        }
    }

    private static void assertRevealsNothing(String where, String text) {
        for (var telltale : List.of("SELECT", "SQL", "Exception", "java.", "org.", "\tat ", ".java:", "NullPointer")) {
            assertFalse(text.contains(telltale), where + " shows '" + telltale + "': " + text);
        }
    }

    private static java.util.Map<String, Object> problem(Response response, int status, String slug) {
        response.then().statusCode(status).contentType("application/problem+json");
        java.util.Map<String, Object> body = response.jsonPath().getMap("");
        assertEquals("urn:cablegate:problem:" + slug, body.get("type"), body.toString());
        assertEquals(status, ((Number) body.get("status")).intValue());
        return body;
    }
}
