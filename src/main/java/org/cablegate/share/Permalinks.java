package org.cablegate.share;

/**
 * Builds the public URLs of cables and paragraphs. They depend on the reference ID and paragraph key only, never on
 * database ids or import order, so a permalink once published stays valid.
 */
public final class Permalinks {

    private final String baseUrl;

    /** @param baseUrl the public origin, without a trailing slash ({@code https://cables.example.org}) */
    public Permalinks(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public String cable(String refId) {
        return baseUrl + "/c/" + refId;
    }

    public String paragraph(String refId, String n) {
        return baseUrl + "/c/" + refId + "/" + n;
    }

    /** The paragraph's place in the whole-cable page. */
    public String paragraphInCable(String refId, String n) {
        return cable(refId) + "#par" + n;
    }

    public String paragraphCard(String refId, String n) {
        return paragraph(refId, n) + "/card.png";
    }

    public String apiCable(String refId) {
        return baseUrl + "/api/v1/cables/" + refId;
    }

    public String baseUrl() {
        return baseUrl;
    }
}
