package org.cablegate.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.cablegate.EmbeddedMariaDbResource;
import org.cablegate.client.ApiClient;
import org.cablegate.client.ApiException;
import org.cablegate.client.api.BotsApi;
import org.cablegate.client.api.CablesApi;
import org.cablegate.client.api.FactsApi;
import org.cablegate.client.api.SharingApi;
import org.cablegate.client.model.CablePage;
import org.cablegate.client.model.CableSummary;
import org.cablegate.client.model.Fact;
import org.cablegate.client.model.ImportResult;
import org.cablegate.client.model.Problem;
import org.cablegate.client.model.Snippet;
import org.cablegate.client.model.SnippetThread;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Java client that openapi-generator makes from the committed {@code openapi/openapi.yaml} (java, native HTTP
 * client; generated into target/generated-test-sources by the build), used as a third party would use it. Every
 * answer is read through the generated types: when the spec loses a shape, this stops compiling or fails here.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedMariaDbResource.class)
class GeneratedClientTest {

    @TestHTTPResource
    URI service;

    private CablesApi cables;
    private FactsApi facts;
    private SharingApi sharing;
    private BotsApi bots;

    @BeforeEach
    void clientsAndSeeds() throws ApiException {
        var reader = client();
        cables = new CablesApi(reader);
        facts = new FactsApi(reader);
        sharing = new SharingApi(reader);
        bots = new BotsApi(reader);
        importCable(ApiFixtures.ASTANA_PAGE);
        importCable(ApiFixtures.ASTANA_MIRROR);
    }

    private ApiClient client() {
        var client = new ApiClient();
        client.updateBaseUri(service.toString().replaceAll("/$", ""));
        return client;
    }

    /** Writes carry the key; the readers' client never does. */
    private ImportResult importCable(String resource) throws ApiException {
        var writer = client().setRequestInterceptor(request -> request.header("Authorization", "Bearer " + ApiFixtures.KEY));
        return new CablesApi(writer).importCables(ApiFixtures.resource(resource), null).getImportResult();
    }

    @Test
    void importingACableAgainAnswersUnchangedWithItsLocation() throws ApiException {
        var again = importCable(ApiFixtures.ASTANA_PAGE);
        assertEquals("06ASTANA590", again.getRefId());
        assertEquals(ImportResult.OutcomeEnum.UNCHANGED, again.getOutcome());
        assertTrue(again.getLocation().endsWith("/api/v1/cables/06ASTANA590"), again.getLocation());
        assertTrue(again.getParagraphCount() > 20);
    }

    @Test
    void importWithoutTheKeyIsAProblem() {
        var refused = assertThrows(ApiException.class,
                () -> cables.importCables(ApiFixtures.resource(ApiFixtures.ASTANA_PAGE), null));
        assertEquals(401, refused.getCode());
        assertEquals(401, problem(refused).getStatus());
    }

    @Test
    void searchFollowsTheCursorToTheSecondPage() throws ApiException {
        CablePage first = cables.listCables(null, null, null, 1, null, null, "Kazakhstan", null, null, null);
        assertEquals(1, first.getItems().size());
        assertNotNull(first.getNext(), "two seeds match: there is a next page");
        assertTrue(first.getTotal() >= 2);
        assertNotNull(first.getFacets(), "the first page of a search carries the facets");
        CableSummary top = first.getItems().get(0);
        assertTrue(top.getScore() > 0);

        CablePage second = cables.listCables(null, first.getNext(), null, 1, null, null, "Kazakhstan", null, null, null);
        assertEquals(1, second.getItems().size());
        assertNotEquals(top.getRefId(), second.getItems().get(0).getRefId());
        assertNull(second.getFacets(), "only the first page counts facets");
    }

    @Test
    void readsACableAParagraphAndItsFacts() throws ApiException {
        var cable = cables.getCable("06ASTANA590");
        assertEquals("06ASTANA590", cable.getRefId());
        assertEquals("Embassy Astana", cable.getOrigin());
        assertNotNull(cable.getHeader(), "the header is required");
        assertEquals(cable.getParagraphCount(), cable.getParagraphs().size());
        assertEquals(2006, cable.getCreated().getYear());

        var paragraph = cables.getParagraph("20", "06ASTANA590");
        assertEquals("20", paragraph.getN());
        assertTrue(paragraph.getPermalink().endsWith("/c/06ASTANA590/20"), paragraph.getPermalink());
        assertTrue(paragraph.getFingerprint().startsWith("sha256:"));

        List<Fact> found = facts.listParagraphFacts("20", "06ASTANA590", null);
        assertFalse(found.isEmpty(), "paragraph 20 states quantities");
        for (Fact fact : found) {
            assertEquals(paragraph.getText().substring(fact.getStart(), fact.getEnd()), fact.getText(),
                    "a fact's text is its span of the paragraph");
            assertNotNull(fact.getType());
        }
        var quantities = facts.listCableFacts("06ASTANA590", Fact.TypeEnum.QUANTITY.getValue());
        assertFalse(quantities.isEmpty());
        assertTrue(quantities.stream().allMatch(fact -> fact.getType() == Fact.TypeEnum.QUANTITY));
    }

    @Test
    void everyNetworkGetsItsPostWithinItsLimit() throws ApiException {
        for (var network : EnumSet.allOf(Snippet.NetworkEnum.class)) {
            Snippet post = sharing.getParagraphSnippet("20", "06ASTANA590", null, null, network.getValue(), null)
                    .getSnippet();
            assertEquals(Snippet.KindEnum.POST, post.getKind());
            assertEquals(network, post.getNetwork());
            assertTrue(post.getLength() <= post.getLimit(), network + ": " + post.getLength());
            assertEquals(List.of("cablegate", "06ASTANA590"), post.getHashtags());
            assertTrue(post.getText().contains(post.getPermalink()));
        }
    }

    @Test
    void aThreadGivesBackTheWholeParagraph() throws ApiException {
        var paragraph = cables.getParagraph("13", "08ASTANA2380");
        SnippetThread thread = sharing.getParagraphThread("13", "08ASTANA2380", null, null);
        assertEquals(SnippetThread.KindEnum.THREAD, thread.getKind());
        assertTrue(thread.getPosts().size() > 1);
        assertEquals(paragraph.getText(),
                thread.getPosts().stream().map(Snippet::getExcerpt).collect(Collectors.joining()));
        assertEquals(thread.getPosts().size(), thread.getPosts().get(0).getParts());
    }

    @Test
    void aBotDrawsTheSameRandomParagraphForTheSameSeed() throws ApiException {
        var drawn = bots.getRandomParagraph(true, "Embassy Astana", "42", null);
        assertEquals(drawn.getPermalink(), bots.getRandomParagraph(true, "Embassy Astana", "42", null).getPermalink());
        assertFalse(facts.listParagraphFacts(drawn.getN(), drawn.getRefId(), null).isEmpty(), "hasFacts=true");
    }

    @Test
    void anUnknownCableIsATypedProblem() {
        var missing = assertThrows(ApiException.class, () -> cables.getCable("99NOWHERE1"));
        assertEquals(404, missing.getCode());
        var problem = problem(missing);
        assertEquals(404, problem.getStatus());
        assertNotNull(problem.getTitle());
    }

    /** The generated client leaves error bodies as text; the spec's Problem type reads them. */
    private Problem problem(ApiException e) {
        try {
            return ApiClient.createDefaultObjectMapper().readValue(e.getResponseBody(), Problem.class);
        } catch (java.io.IOException notAProblem) {
            throw new AssertionError("not a problem body: " + e.getResponseBody(), notAProblem);
        }
    }
}
