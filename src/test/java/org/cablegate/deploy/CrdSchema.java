package org.cablegate.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The structural OpenAPI v3 schema of one mariadb-operator CRD (src/test/resources/org/cablegate/deploy/crds/, taken
 * from the operator's release with descriptions removed) and the checks the API server makes with it on apply:
 * types, enums, required fields, and no field the schema does not declare. CEL rules are the operator's to check.
 */
final class CrdSchema {

    private static final ObjectMapper JSON = new ObjectMapper();

    final String group;
    final String version;
    final String kind;
    private final JsonNode schema;

    private CrdSchema(JsonNode crd) {
        this.group = crd.path("group").asText();
        this.version = crd.path("version").asText();
        this.kind = crd.path("kind").asText();
        this.schema = crd.path("openAPIV3Schema");
    }

    static CrdSchema of(String kind) {
        var resource = "crds/" + kind.toLowerCase(Locale.ROOT) + ".json";
        try (var in = CrdSchema.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no schema " + resource + " next to " + CrdSchema.class.getName());
            }
            return new CrdSchema(JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String apiVersion() {
        return group + "/" + version;
    }

    /** What the API server would refuse in this resource; empty when it is valid. */
    List<String> violations(JsonNode resource) {
        var found = new ArrayList<String>();
        check(resource, schema, "", found);
        return found;
    }

    private static void check(JsonNode value, JsonNode schema, String path, List<String> found) {
        if (schema.path("x-kubernetes-int-or-string").asBoolean(false)) {
            if (!value.isIntegralNumber() && !value.isTextual()) {
                found.add(path + ": must be an integer or a string");
            }
            return;
        }
        var type = schema.path("type").asText("");
        switch (type) {
            case "object" -> checkObject(value, schema, path, found);
            case "array" -> {
                if (!value.isArray()) {
                    found.add(path + ": must be a list");
                    return;
                }
                var i = 0;
                for (var item : value) {
                    check(item, schema.path("items"), path + "[" + i++ + "]", found);
                }
            }
            case "string" -> {
                if (!value.isTextual()) {
                    found.add(path + ": must be a string, is " + value);
                }
            }
            case "integer" -> {
                if (!value.isIntegralNumber()) {
                    found.add(path + ": must be an integer, is " + value);
                }
            }
            case "number" -> {
                if (!value.isNumber()) {
                    found.add(path + ": must be a number, is " + value);
                }
            }
            case "boolean" -> {
                if (!value.isBoolean()) {
                    found.add(path + ": must be true or false, is " + value);
                }
            }
            default -> {
                // No type: the schema leaves the value open (anyOf of several types, or preserved unknown fields).
            }
        }
        if (schema.has("enum")) {
            var allowed = false;
            for (var option : schema.get("enum")) {
                allowed |= option.equals(value);
            }
            if (!allowed) {
                found.add(path + ": " + value + " is not one of " + schema.get("enum"));
            }
        }
    }

    private static void checkObject(JsonNode value, JsonNode schema, String path, List<String> found) {
        if (!value.isObject()) {
            found.add(path + ": must be a mapping");
            return;
        }
        for (var required : schema.path("required")) {
            if (!value.has(required.asText())) {
                found.add(path + ": required field '" + required.asText() + "' is missing");
            }
        }
        var properties = schema.path("properties");
        var additional = schema.path("additionalProperties");
        // An object schema that declares no fields at all (metadata, for one) is checked by the API server itself.
        var preserveUnknown = schema.path("x-kubernetes-preserve-unknown-fields").asBoolean(false)
                || (!schema.has("properties") && !schema.has("additionalProperties"));
        value.fields().forEachRemaining(field -> {
            var fieldPath = path + "." + field.getKey();
            if (properties.has(field.getKey())) {
                check(field.getValue(), properties.get(field.getKey()), fieldPath, found);
            } else if (additional.isObject()) {
                check(field.getValue(), additional, fieldPath, found);
            } else if (!preserveUnknown && !additional.asBoolean(false)) {
                found.add(fieldPath + ": unknown field");
            }
        });
    }
}
