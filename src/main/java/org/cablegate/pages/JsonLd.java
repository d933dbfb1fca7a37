package org.cablegate.pages;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * schema.org structured data for the cable and paragraph pages, as JSON ready to sit in a
 * {@code <script type="application/ld+json">} block: {@code <}, {@code >} and {@code &} are written as JSON escapes,
 * so no value can close the block.
 */
final class JsonLd {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonLd() {
    }

    static Map<String, Object> cable(String url, String refId, String subject, String created, String origin,
                                     String classification, List<String> tags, String description) {
        var m = new LinkedHashMap<String, Object>();
        m.put("@context", "https://schema.org");
        m.put("@type", "Article");
        m.put("@id", url);
        m.put("url", url);
        m.put("identifier", refId);
        m.put("headline", headline(subject == null ? refId : refId + ": " + subject));
        m.put("name", subject == null ? refId : subject);
        m.put("dateCreated", created);
        m.put("datePublished", created);
        if (origin != null) {
            m.put("author", ordered("@type", "GovernmentOrganization", "name", origin));
        }
        m.put("publisher", ordered("@type", "Organization", "name", "US Department of State"));
        if (classification != null) {
            m.put("genre", classification);
        }
        m.put("keywords", tags);
        if (description != null) {
            m.put("description", description);
        }
        m.put("inLanguage", "en");
        return m;
    }

    static Map<String, Object> paragraph(String url, String cableUrl, String refId, String n, String subject,
                                         String created, String text, String imageUrl) {
        var m = new LinkedHashMap<String, Object>();
        m.put("@context", "https://schema.org");
        m.put("@type", "Quotation");
        m.put("@id", url);
        m.put("url", url);
        m.put("identifier", refId + " ¶" + n);
        m.put("name", refId + " ¶" + n + (subject == null ? "" : ": " + subject));
        m.put("text", text);
        m.put("dateCreated", created);
        m.put("image", imageUrl);
        m.put("inLanguage", "en");
        m.put("isPartOf", ordered("@type", "Article", "@id", cableUrl, "url", cableUrl,
                "headline", headline(subject == null ? refId : refId + ": " + subject)));
        return m;
    }

    /**
     * An object whose keys keep the order written: {@code Map.of} iterates in an order chosen anew by each JVM, so the
     * same page had other bytes and another ETag after a restart or on another replica.
     */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        var m = new LinkedHashMap<String, Object>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    /** schema.org asks for headlines of at most 110 characters. */
    private static String headline(String s) {
        return s.length() <= 110 ? s : s.substring(0, 109) + "…";
    }

    static String write(Map<String, Object> data) {
        try {
            return MAPPER.writeValueAsString(data).replace("<", "\\u003c").replace(">", "\\u003e")
                    .replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("JSON-LD could not be written", e);
        }
    }
}
