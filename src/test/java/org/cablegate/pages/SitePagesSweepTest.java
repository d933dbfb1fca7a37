package org.cablegate.pages;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.cablegate.EmbeddedMariaDbResource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every page type over every bundled cable (the cable page, each paragraph's page, the Mastodon share step and the
 * oEmbed of one paragraph of each, the similar cables), a link checker over the whole site from the home page, and the sitemaps against the
 * permalinks. A page is well formed for people and machines: 200, under 60 KB, one h1, a description, a canonical
 * link, no duplicate id, no script but JSON-LD, nothing loaded from another site.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedMariaDbResource.class)
class SitePagesSweepTest {

    /** 60 KB, counted as 60 × 1,024 bytes; dates and references marked since issue 22 weigh on the largest page. */
    static final int PAGE_BYTES = 60 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    @io.quarkus.test.common.http.TestHTTPResource("/")
    java.net.URL root;

    private static boolean imported;
    private static int largest;
    private static String largestPath;

    @BeforeEach
    void importEverything() {
        if (!imported) {
            SiteFixtures.importAll();
            imported = true;
        }
    }

    @Test
    void everyPageTypeAnswersForEveryBundledCable() throws Exception {
        var failures = new ArrayList<String>();
        int pages = 0;
        for (var refId : SiteFixtures.bundledRefIds()) {
            var cable = given().get("/api/v1/cables/" + refId).then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> paragraphs = cable.getList("paragraphs");
            var page = page("/c/" + refId, failures);
            pages++;
            if (page != null) {
                for (var p : paragraphs) {
                    if (page.getElementById("par" + p.get("n")) == null) {
                        failures.add("/c/" + refId + " has no id=par" + p.get("n"));
                    }
                }
                jsonLd(page, "Article", "/c/" + refId, failures);
                for (var fact : page.select("a[data-v]")) {
                    if (page.getElementById(fact.attr("href").substring(1)) == null) {
                        failures.add("/c/" + refId + ": fact link " + fact.attr("href") + " leads nowhere");
                    }
                }
            }
            for (int i = 0; i < paragraphs.size(); i++) {
                var n = String.valueOf(paragraphs.get(i).get("n"));
                var path = "/c/" + refId + "/" + n;
                var doc = page(path, failures);
                pages++;
                if (doc == null) {
                    continue;
                }
                jsonLd(doc, "Quotation", path, failures);
                if ((i > 0) != (doc.selectFirst("a[rel=prev]") != null)
                        || (i < paragraphs.size() - 1) != (doc.selectFirst("a[rel=next]") != null)) {
                    failures.add(path + ": previous and next links do not match the paragraph's place");
                }
                var x = given().get("/api/v1/cables/" + refId + "/paragraphs/" + n + "/snippet?network=twitter")
                        .then().statusCode(200).extract().jsonPath();
                var share = doc.selectFirst("a.share-x");
                if (share == null || !share.attr("href").equals(x.getString("intentUrl"))) {
                    failures.add(path + ": the X share link is not the API's post");
                }
                var bluesky = doc.selectFirst("a.share-bluesky");
                if (bluesky == null || !bluesky.attr("href").startsWith("https://bsky.app/intent/compose?text=")) {
                    failures.add(path + ": no Bluesky share link");
                }
                var permalink = doc.selectFirst("input#permalink");
                if (permalink == null || !permalink.attr("value").equals(SiteCrawl.PUBLIC_BASE + path)) {
                    failures.add(path + ": no permalink to copy");
                }
                var discovered = doc.selectFirst("link[type=application/json+oembed]");
                if (discovered == null || !discovered.attr("href").contains(
                        URLEncoder.encode(SiteCrawl.PUBLIC_BASE + path, StandardCharsets.UTF_8))) {
                    failures.add(path + ": no oEmbed discovery link");
                }
                if (i != paragraphs.size() / 2) {
                    continue;   // the Mastodon step and oEmbed: one paragraph of each cable
                }
                var mastodon = page(path + "/share/mastodon?instance=%40reader%40mastodon.social", failures);
                if (mastodon != null) {
                    var link = mastodon.selectFirst("a.share-mastodon");
                    if (link == null || !link.attr("href").startsWith("https://mastodon.social/share?text=")
                            || !URLDecoder.decode(link.attr("href"), StandardCharsets.UTF_8)
                            .contains(SiteCrawl.PUBLIC_BASE + path + " #cablegate #" + refId)) {
                        failures.add(path + "/share/mastodon: no composer link with the post");
                    }
                }
                var embed = given().queryParam("url", SiteCrawl.PUBLIC_BASE + path).queryParam("format", "json")
                        .get("/oembed");
                if (embed.statusCode() != 200 || !"rich".equals(embed.jsonPath().getString("type"))
                        || !embed.jsonPath().getString("html").contains("href=\"" + SiteCrawl.PUBLIC_BASE + path + "\"")) {
                    failures.add("/oembed?url=" + path + " answered " + embed.statusCode());
                }
            }
            List<String> similar = given().get("/api/v1/cables/" + refId + "/similar").then().statusCode(200)
                    .extract().jsonPath().getList("refId");
            if (similar.contains(refId)) {
                failures.add(refId + " is listed as like itself");
            }
            var similarPage = page("/c/" + refId + "/similar", failures);
            pages++;
            if (similarPage != null) {
                var listed = similarPage.select("ul.cables > li > a:first-child").eachText();
                if (!listed.containsAll(similar) || listed.contains(refId)) {
                    failures.add("/c/" + refId + "/similar lists " + listed + ", the API " + similar);
                }
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " failures over " + pages + " pages:\n"
                + String.join("\n", failures.subList(0, Math.min(40, failures.size()))));
        assertTrue(pages > 52 * 10, "the sweep read " + pages + " pages");
        record("sweep", pages + " pages over " + SiteFixtures.bundledRefIds().size() + " cables, "
                + failures.size() + " failures; largest " + largestPath + ", " + largest + " bytes");
    }

    @Test
    void aLinkCheckerFromTheHomePageFindsNoBrokenLink() {
        var problems = new ArrayList<String>();
        var crawl = new SiteCrawl().run(List.of("/", "/search?q=Kazakhstan", "/c/10RIYADH182/diff"), 20_000,
                (path, doc) -> problems.addAll(wellFormed(path, doc)));
        assertTrue(crawl.broken.isEmpty(), crawl.broken.size() + " broken links of " + crawl.visited.size() + ":\n"
                + String.join("\n", crawl.broken.stream().limit(30).map(Object::toString).toList()));
        assertTrue(problems.isEmpty(), String.join("\n", problems.subList(0, Math.min(30, problems.size()))));
        // every cable and every paragraph page is reachable from the home page
        for (var refId : SiteFixtures.bundledRefIds()) {
            assertTrue(crawl.visited.containsKey("/c/" + refId), "/c/" + refId + " is not reachable from /");
        }
        assertTrue(crawl.visited.keySet().stream().anyMatch(p -> p.startsWith("/tags/")), "tag lists reached");
        assertTrue(crawl.visited.keySet().stream().anyMatch(p -> p.contains("/diff?")), "diff pages reached");
        assertTrue(crawl.pagesRead > 600, crawl.pagesRead + " pages read");
        record("crawl", crawl.visited.size() + " links requested, " + crawl.pagesRead + " pages read, "
                + crawl.broken.size() + " broken");
    }

    @Test
    void searchPageKeepsTheApisRankingWithHighlightsFacetsAndNextPages() {
        var api = given().get("/api/v1/cables?q=embassy&limit=20").then().statusCode(200).extract().jsonPath();
        var page = page("/search?q=embassy", new ArrayList<>());
        assertNotNull(page);
        var shown = page.select("ul.cables > li > a:first-child").eachText();
        assertEquals(api.getList("items.refId"), shown, "the page lists the API's hits in the API's order");
        assertFalse(page.select("p.excerpt mark").isEmpty(), "matched words are highlighted");
        var facet = page.selectFirst("section a[href^=/search?q=embassy&tag=]");
        assertNotNull(facet, "facets are links that narrow the search");
        var narrowed = page(facet.attr("href"), new ArrayList<>());
        assertNotNull(narrowed);
        assertTrue(narrowed.select("a[title=Remove this filter]").size() == 1, "the filter is shown and removable");
        assertTrue(api.getString("next") != null, "more than one page of hits for 'embassy'");
        var next = page.selectFirst("a[rel=next]");
        assertNotNull(next);
        var second = page(next.attr("href"), new ArrayList<>());
        var apiSecond = given().queryParam("q", "embassy").queryParam("limit", 20).queryParam("cursor", api.getString("next"))
                .get("/api/v1/cables").then().statusCode(200).extract().jsonPath();
        assertEquals(apiSecond.getList("items.refId"), second.select("ul.cables > li > a:first-child").eachText());
    }

    /** Both are Part 1 of Kazakhstan's narcotics report (INCSR), two years apart: each is the other's nearest. */
    @Test
    void similarCablesOfOneYearsNarcoticsReportStartWithTheOtherYears() {
        List<String> like590 = given().get("/api/v1/cables/06ASTANA590/similar?limit=3").then().statusCode(200)
                .extract().jsonPath().getList("refId");
        List<String> like2380 = given().get("/api/v1/cables/08ASTANA2380/similar?limit=3").then().statusCode(200)
                .extract().jsonPath().getList("refId");
        assertEquals("08ASTANA2380", like590.get(0));
        assertEquals("06ASTANA590", like2380.get(0));
        var page = page("/c/06ASTANA590", new ArrayList<>());
        var link = page.selectFirst("nav[aria-label=More like this] a");
        assertEquals("/c/06ASTANA590/similar", link.attr("href"));
        var similarPage = page(link.attr("href"), new ArrayList<>());
        assertEquals("08ASTANA2380", similarPage.selectFirst("ul.cables li a").text());
        given().redirects().follow(false).get("/c/06astana590/similar").then().statusCode(301)
                .header("Location", org.hamcrest.Matchers.endsWith("/c/06ASTANA590/similar"));
        given().get("/c/99NOWHERE1/similar").then().statusCode(404);
        given().get("/api/v1/cables/99NOWHERE1/similar").then().statusCode(404);
    }

    /**
     * A revalidated page keeps the policy it was stored with: a 304 names none (it has no type to choose by). Sent
     * with the JDK's client: the spec leaves 304 undocumented for the permalink pages.
     */
    @Test
    void notModifiedPagesCarryNoPolicyOfTheirOwn() throws Exception {
        var client = java.net.http.HttpClient.newHttpClient();
        for (var path : List.of("/", "/c/06ASTANA590", "/c/06ASTANA590/20", "/tags/KZ")) {
            var uri = root.toURI().resolve(path);
            var first = client.send(java.net.http.HttpRequest.newBuilder(uri).build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());
            assertEquals(200, first.statusCode(), path);
            assertTrue(first.headers().firstValue("Content-Security-Policy").orElse("")
                    .contains("style-src 'unsafe-inline'"), path);
            var again = client.send(java.net.http.HttpRequest.newBuilder(uri)
                            .header("If-None-Match", first.headers().firstValue("ETag").orElseThrow()).build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());
            assertEquals(304, again.statusCode(), path);
            assertTrue(again.headers().firstValue("Content-Security-Policy").isEmpty(), path);
            assertEquals("nosniff", again.headers().firstValue("X-Content-Type-Options").orElse(null), path);
        }
    }

    @Test
    void listPagesPageThroughEveryCableOfATagOnce() {
        var home = page("/", new ArrayList<>());
        var top = home.selectFirst("section[aria-labelledby=tags] li");
        var href = top.selectFirst("a").attr("href");
        long count = Long.parseLong(top.selectFirst(".count").text());
        var seen = new HashSet<String>();
        int pages = 0;
        String at = href;
        while (at != null) {
            var doc = page(at, new ArrayList<>());
            pages++;
            for (var refId : doc.select("ul.cables > li > a:first-child").eachText()) {
                assertTrue(seen.add(refId), refId + " listed twice");
            }
            var next = doc.selectFirst("a[rel=next]");
            at = next == null ? null : next.attr("href");
        }
        assertEquals(count, seen.size(), "the tag's count on the home page and its list");
        assertEquals((count + SitePagesResource.PAGE - 1) / SitePagesResource.PAGE, pages);
    }

    @Test
    void sitemapsListEveryCableAndParagraphPermalinkWithItsLastChange() throws Exception {
        var robots = given().get("/robots.txt").then().statusCode(200).extract().asString();
        assertTrue(robots.contains("Sitemap: " + SiteCrawl.PUBLIC_BASE + "/sitemap.xml"), robots);
        var index = Jsoup.parse(given().get("/sitemap.xml").then().statusCode(200).extract().asString(), "",
                org.jsoup.parser.Parser.xmlParser());
        var urls = new HashSet<String>();
        for (var loc : index.select("sitemap > loc")) {
            assertNotNull(loc.parent().selectFirst("lastmod"));
            var path = loc.text().substring(SiteCrawl.PUBLIC_BASE.length());
            var map = Jsoup.parse(given().get(path).then().statusCode(200).extract().asString(), "",
                    org.jsoup.parser.Parser.xmlParser());
            var locs = map.select("url > loc").eachText();
            assertTrue(locs.size() <= SiteQueries.SITEMAP_URLS);
            assertEquals(locs.size(), map.select("url > lastmod").size());
            for (var l : locs) {
                assertTrue(urls.add(l), l + " listed twice");
            }
        }
        var expected = new HashSet<String>();
        for (var refId : SiteFixtures.bundledRefIds()) {
            expected.add(SiteCrawl.PUBLIC_BASE + "/c/" + refId);
            List<String> ns = given().get("/api/v1/cables/" + refId + "/paragraphs").then().statusCode(200)
                    .extract().jsonPath().getList("n");
            ns.forEach(n -> expected.add(SiteCrawl.PUBLIC_BASE + "/c/" + refId + "/" + n));
        }
        assertTrue(urls.containsAll(expected), "missing: " + difference(expected, urls));
    }

    /** A measured figure for the README, in {@code target/site-sweep.tsv}. */
    private static void record(String what, String figure) {
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of("target", "site-sweep.tsv"), what + "\t" + figure + "\n",
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        var out = new HashSet<>(a);
        out.removeAll(b);
        return out;
    }

    /** A page that answered 200 as HTML and is well formed, else null with the failures noted. */
    static Document page(String path, List<String> failures) {
        var response = given().urlEncodingEnabled(false).redirects().follow(false).get(java.net.URI.create(path));
        if (response.statusCode() != 200 || !String.valueOf(response.contentType()).startsWith("text/html")) {
            failures.add(path + " answered " + response.statusCode() + " " + response.contentType());
            return null;
        }
        var bytes = response.asByteArray();
        if (bytes.length > largest) {
            largest = bytes.length;
            largestPath = path;
        }
        if (bytes.length > PAGE_BYTES) {
            failures.add(path + " is " + bytes.length + " bytes");
        }
        var doc = Jsoup.parse(new String(bytes, StandardCharsets.UTF_8), "http://site" + path);
        failures.addAll(wellFormed(path, doc));
        return doc;
    }

    static List<String> wellFormed(String path, Document doc) {
        var out = new ArrayList<String>();
        if (doc.select("h1").size() != 1) {
            out.add(path + ": " + doc.select("h1").size() + " h1");
        }
        if (doc.selectFirst("html[lang=en]") == null || doc.title().isBlank()) {
            out.add(path + ": no lang or title");
        }
        if (doc.selectFirst("meta[name=description]") == null && !path.contains("/share/")) {
            out.add(path + ": no description");
        }
        if (doc.selectFirst("link[rel=canonical]") == null && !path.contains("/share/")) {
            out.add(path + ": no canonical link");
        }
        var ids = new HashSet<String>();
        for (var e : doc.select("[id]")) {
            if (!ids.add(e.id())) {
                out.add(path + ": id " + e.id() + " twice");
            }
        }
        for (var script : doc.select("script")) {
            if (!script.attr("type").equals("application/ld+json")) {
                out.add(path + ": a script");
            }
        }
        for (var e : doc.select("[src], link[rel=stylesheet], link[rel=icon]")) {
            var src = e.hasAttr("src") ? e.attr("src") : e.attr("href");
            if (!src.startsWith("/")) {
                out.add(path + ": loads " + src);
            }
        }
        return out;
    }

    private static void jsonLd(Document doc, String type, String path, List<String> failures) throws Exception {
        var script = doc.selectFirst("script[type=application/ld+json]");
        if (script == null) {
            failures.add(path + ": no JSON-LD");
            return;
        }
        var data = JSON.readTree(script.data());
        if (!type.equals(data.path("@type").asText()) || !"https://schema.org".equals(data.path("@context").asText())
                || !(SiteCrawl.PUBLIC_BASE + path).equals(data.path("url").asText())) {
            failures.add(path + ": JSON-LD " + data);
        }
    }
}
