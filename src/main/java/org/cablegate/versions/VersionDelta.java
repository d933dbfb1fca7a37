package org.cablegate.versions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What turns one version of a cable into another: the caption fields that differ, the paragraph order when it
 * differs, and the paragraphs whose marking, heading or text differ. Stored against the version after it (reverse
 * deltas), so a cable's current text is stored once and every older version costs only what changed.
 *
 * @param fields     fields whose value differs, with the target's value (null when the target has none)
 * @param order      the target's paragraph keys in order, or null when they are the base's
 * @param paragraphs the target's paragraphs that are not in the base as they are
 */
public record VersionDelta(Map<String, String> fields, List<String> order, Map<String, VersionParagraph> paragraphs) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The delta that turns {@code base} into {@code target}. */
    public static VersionDelta between(VersionContent base, VersionContent target) {
        var fields = new LinkedHashMap<String, String>();
        target.fields().forEach((name, value) -> {
            if (!Objects.equals(base.fields().get(name), value)) {
                fields.put(name, value);
            }
        });
        var baseKeys = base.paragraphs().stream().map(VersionParagraph::n).toList();
        var targetKeys = target.paragraphs().stream().map(VersionParagraph::n).toList();
        var paragraphs = new LinkedHashMap<String, VersionParagraph>();
        for (var p : target.paragraphs()) {
            if (!p.equals(base.paragraph(p.n()))) {
                paragraphs.put(p.n(), p);
            }
        }
        return new VersionDelta(fields, baseKeys.equals(targetKeys) ? null : targetKeys, paragraphs);
    }

    public VersionContent applyTo(VersionContent base) {
        var fieldValues = new LinkedHashMap<>(base.fields());
        fieldValues.putAll(fields);
        var keys = order != null ? order : base.paragraphs().stream().map(VersionParagraph::n).toList();
        var result = new ArrayList<VersionParagraph>(keys.size());
        for (var n : keys) {
            var p = paragraphs.containsKey(n) ? paragraphs.get(n) : base.paragraph(n);
            if (p == null) {
                throw new IllegalStateException("a stored version delta names paragraph " + n + " it does not hold");
            }
            result.add(p);
        }
        return new VersionContent(fieldValues, result);
    }

    /** Compact JSON: {@code {"f":{field:value},"o":[n…],"p":[[n,marking,heading,text]…]}}, empty parts left out. */
    public String toJson() {
        var root = JsonNodeFactory.instance.objectNode();
        if (!fields.isEmpty()) {
            var f = root.putObject("f");
            fields.forEach(f::put);
        }
        if (order != null) {
            var o = root.putArray("o");
            order.forEach(o::add);
        }
        if (!paragraphs.isEmpty()) {
            var p = root.putArray("p");
            paragraphs.values().forEach(v -> p.addArray().add(v.n()).add(v.marking()).add(v.heading()).add(v.text()));
        }
        return root.toString();
    }

    public static VersionDelta fromJson(String json) {
        try {
            var root = (ObjectNode) JSON.readTree(json);
            var fields = new LinkedHashMap<String, String>();
            if (root.has("f")) {
                root.get("f").fields().forEachRemaining(e -> fields.put(e.getKey(), text(e.getValue())));
            }
            List<String> order = null;
            if (root.has("o")) {
                order = new ArrayList<>();
                for (var n : root.get("o")) {
                    order.add(n.asText());
                }
            }
            var paragraphs = new LinkedHashMap<String, VersionParagraph>();
            if (root.has("p")) {
                for (var a : root.get("p")) {
                    var p = new VersionParagraph(a.get(0).asText(), text(a.get(1)), text(a.get(2)), a.get(3).asText());
                    paragraphs.put(p.n(), p);
                }
            }
            return new VersionDelta(fields, order, paragraphs);
        } catch (JsonProcessingException | ClassCastException e) {
            throw new IllegalStateException("a stored version delta is not readable", e);
        }
    }

    private static String text(com.fasterxml.jackson.databind.JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }
}
