package org.cablegate.contract;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The judge itself: it must pass what the spec allows and catch what it does not, or the API tests prove nothing. */
class OpenApiContractTest {

    private final OpenApiContract contract = OpenApiContract.committed();

    private static void assertOneSaying(List<String> violations, String words) {
        assertEquals(1, violations.size(), violations.toString());
        assertTrue(violations.get(0).contains(words), violations.get(0));
    }

    private static final String PARAGRAPH_PATH = "/api/v1/cables/06ASTANA590/paragraphs/20";
    private static final String PARAGRAPH = """
            {"refId":"06ASTANA590","n":"20","position":20,"marking":null,"heading":null,
             "text":"Law enforcement agencies seized 22,549 kilos of drugs in the first nine months of 2006.",
             "fingerprint":"sha256:3f1c0a9e5b7d2c44","permalink":"http://localhost:8080/c/06ASTANA590/20"}""";

    @Test
    void aParagraphAsDocumentedPasses() {
        assertEquals(List.of(), contract.violations("GET", PARAGRAPH_PATH, 200, "application/json", PARAGRAPH));
    }

    @Test
    void aMissingRequiredMemberIsCaught() {
        var withoutFingerprint = PARAGRAPH.replace("\"fingerprint\":\"sha256:3f1c0a9e5b7d2c44\",", "");
        assertOneSaying(contract.violations("GET", PARAGRAPH_PATH, 200, "application/json", withoutFingerprint),
                "fingerprint");
    }

    @Test
    void aValueOutsideAnEnumIsCaught() {
        var body = """
                {"refId":"06ASTANA590","outcome":"merged","location":"http://localhost:8080/api/v1/cables/06ASTANA590","paragraphCount":21}""";
        assertFalse(contract.violations("POST", "/api/v1/cables", 201, "application/json", body).isEmpty());
    }

    @Test
    void anUndocumentedStatusIsCaught() {
        assertOneSaying(contract.violations("GET", "/api/v1/tags", 418, "application/problem+json", "{}"), "no such status");
    }

    @Test
    void anotherContentTypeIsCaught() {
        assertOneSaying(contract.violations("GET", PARAGRAPH_PATH, 200, "text/html", "<p>"), "content type");
    }

    @Test
    void aProblemMustHaveItsMembers() {
        var problem = """
                {"type":"urn:cablegate:problem:not-found","title":"Not found","status":404,
                 "detail":"No cable with reference ID 06ASTANA9999","instance":"/api/v1/cables/06ASTANA9999"}""";
        assertEquals(List.of(), contract.violations("GET", "/api/v1/cables/06ASTANA9999", 404, "application/problem+json", problem));
        assertFalse(contract.violations("GET", "/api/v1/cables/06ASTANA9999", 404, "application/problem+json",
                "{\"title\":\"Not found\"}").isEmpty());
    }

    @Test
    void aLiteralPathWinsOverATemplate() {
        assertEquals(Optional.of("/api/v1/cables/on-this-day"), contract.pathOf("/api/v1/cables/on-this-day"));
        assertEquals(Optional.of("/api/v1/cables/{refId}"), contract.pathOf("/api/v1/cables/06ASTANA590"));
        assertEquals(Optional.empty(), contract.pathOf("/q/health/ready"));
    }

    @Test
    void aSnippetAndAThreadAreToldApart() {
        var snippet = "/api/v1/cables/06ASTANA590/paragraphs/20/snippet";
        assertEquals(List.of(), contract.violations("GET", snippet, 200, "application/json", "{\"kind\":\"thread\",\"posts\":[]}"));
        assertFalse(contract.violations("GET", snippet, 200, "application/json", "{\"posts\":[]}").isEmpty());
    }
}
