package org.cablegate.metrics;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.cablegate.EmbeddedMariaDbResource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What an operator scrapes at /q/metrics: latency per route, the pool, and what imports did. */
@QuarkusTest
@QuarkusTestResource(EmbeddedMariaDbResource.class)
class MetricsEndpointTest {

    private static final String REF_ID = "06ASTANA590";
    private static final String CABLE_ROUTE = "/api/v1/cables/{refId}";

    @Test
    void cachedAnswersAreMeasuredUnderTheirRouteTemplateNotTheirPath() throws IOException {
        importCable();
        var before = requestCount(scrape(), CABLE_ROUTE);

        // The first GET may compute the answer; the second is served from the cache's filter on the event loop.
        given().get("/api/v1/cables/" + REF_ID).then().statusCode(200);
        given().get("/api/v1/cables/" + REF_ID).then().statusCode(200)
                .header("ETag", org.hamcrest.Matchers.notNullValue());

        var metrics = scrape();
        assertEquals(before + 2, requestCount(metrics, CABLE_ROUTE), "both answers counted under " + CABLE_ROUTE);
        assertFalse(metrics.contains("uri=\"/api/v1/cables/" + REF_ID), "no series per cable");
        assertTrue(Pattern.compile("http_server_requests_seconds_bucket\\{.*uri=\"" + Pattern.quote(CABLE_ROUTE)
                + "\".*le=\"0\\.005\"").matcher(metrics).find(), "a latency histogram per route");
    }

    @Test
    void importCountersAndPoolGaugesAreExported() throws IOException {
        // The dump sample's first three rows: a bulk import, small enough for a loaded machine.
        var csv = resource("corpus/csv/sample.csv");
        csv = csv.substring(0, csv.indexOf("\n\"4\",\"") + 1);
        given().auth().oauth2("test-key").contentType("text/csv").body(csv)
                .when().post("/api/v1/cables").then().statusCode(200);

        var metrics = scrape();
        assertTrue(counter(metrics, "cables_import_rows_total{outcome=\"created\"") + counter(metrics,
                "cables_import_rows_total{outcome=\"unchanged\"") + counter(metrics,
                "cables_import_rows_total{outcome=\"updated\"") >= 3, "the three rows are counted");
        assertTrue(metrics.contains("cables_import_rows_total{outcome=\"rejected\""), "rejections are a series");
        assertTrue(counter(metrics, "cables_import_batch_seconds_count") >= 1, "batches are counted");
        for (var gauge : new String[]{"agroal_active_count", "agroal_available_count", "agroal_awaiting_count",
                "agroal_max_used_count"}) {
            assertTrue(metrics.contains(gauge + "{"), gauge);
        }
    }

    private static void importCable() throws IOException {
        given().auth().oauth2("test-key").contentType("text/plain; charset=UTF-8")
                .body(resource("samples/06ASTANA590.page.txt"))
                .when().post("/api/v1/cables").then().statusCode(anyOf(is(200), is(201)));
    }

    @io.quarkus.test.common.http.TestHTTPResource(value = "/metrics", management = true)
    java.net.URL metricsUrl;

    private String scrape() {
        return given().get(metricsUrl).then().statusCode(200).extract().asString();
    }

    /** The request count of GETs answered 200 under {@code uri}. */
    private static double requestCount(String metrics, String uri) {
        var line = Pattern.compile("^http_server_requests_seconds_count\\{(.*)} (\\S+)$", Pattern.MULTILINE)
                .matcher(metrics);
        double total = 0;
        while (line.find()) {
            var labels = line.group(1);
            if (labels.contains("uri=\"" + uri + "\"") && labels.contains("method=\"GET\"")
                    && labels.contains("status=\"200\"")) {
                total += Double.parseDouble(line.group(2));
            }
        }
        return total;
    }

    /** The sum of every sample whose name and first labels start with {@code prefix}. */
    private static double counter(String metrics, String prefix) {
        double total = 0;
        for (var line : metrics.split("\n")) {
            if (line.startsWith(prefix)) {
                total += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return total;
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = MetricsEndpointTest.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
