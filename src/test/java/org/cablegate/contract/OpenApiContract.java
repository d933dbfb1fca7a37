package org.cablegate.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The committed spec as a judge of answers: finds the operation a request reached, and lists what in an answer's
 * status, content type and body the spec does not allow. Bodies are checked with the spec's own schemas (OpenAPI 3.1
 * schemas are JSON Schema 2020-12), each resolved against the spec's components.
 */
public final class OpenApiContract {

    /** The spec every test run checks against: the committed one, never a regenerated copy. */
    public static final Path COMMITTED = Path.of("openapi/openapi.yaml");

    private static volatile OpenApiContract committed;

    private final JsonNode spec;
    private final List<PathTemplate> templates = new ArrayList<>();
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();
    private final ObjectMapper json = new ObjectMapper();

    public OpenApiContract(String yaml) {
        try {
            spec = new ObjectMapper(new YAMLFactory()).readTree(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        spec.path("paths").fieldNames().forEachRemaining(p -> templates.add(new PathTemplate(p)));
        // A literal segment beats a parameter: /api/v1/cables/on-this-day before /api/v1/cables/{refId}.
        templates.sort(Comparator.comparingInt(PathTemplate::parameters));
    }

    public static OpenApiContract committed() {
        if (committed == null) {
            synchronized (OpenApiContract.class) {
                if (committed == null) {
                    try {
                        committed = new OpenApiContract(Files.readString(COMMITTED));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }
        return committed;
    }

    /** The spec path a request path falls under, if the spec describes it. */
    public Optional<String> pathOf(String requestPath) {
        return templates.stream().filter(t -> t.matches(requestPath)).map(PathTemplate::template).findFirst();
    }

    /**
     * What is wrong with an answer, empty when the spec allows it. Requests outside the spec (operations endpoints,
     * CORS preflights) are not judged.
     */
    public List<String> violations(String method, String requestPath, int status, String contentType, String body) {
        var path = pathOf(requestPath);
        if (path.isEmpty()) {
            return List.of();
        }
        var operation = spec.path("paths").path(path.get()).path(method.toLowerCase(Locale.ROOT));
        if (operation.isMissingNode()) {
            return List.of();
        }
        var where = method + " " + requestPath + " (" + path.get() + ") answered " + status;
        var responses = operation.path("responses");
        var code = String.valueOf(status);
        var response = responses.path(code);
        if (response.isMissingNode()) {
            code = code.charAt(0) + "XX";
            response = responses.path(code);
        }
        if (response.isMissingNode()) {
            code = "default";
            response = responses.path(code);
        }
        if (response.isMissingNode()) {
            return List.of(where + ": the spec documents no such status for this operation");
        }
        var content = response.path("content");
        var hasBody = body != null && !body.isEmpty();
        if (content.isMissingNode() || content.isEmpty()) {
            return hasBody ? List.of(where + ": the spec documents no body, the answer has one") : List.of();
        }
        var mediaType = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        var documented = new ArrayList<String>();
        content.fieldNames().forEachRemaining(documented::add);
        var match = documented.stream().filter(m -> matches(m, mediaType)).findFirst();
        if (match.isEmpty()) {
            return List.of(where + ": content type '" + contentType + "' is not one of " + documented);
        }
        if (!isJson(mediaType) || !content.path(match.get()).has("schema")) {
            return List.of();
        }
        if (!hasBody) {
            return List.of(where + ": " + mediaType + " without a body");
        }
        var pointer = path.get() + " " + method + " " + code + " " + match.get();
        var schema = schemas.computeIfAbsent(pointer, p -> compile(content.path(match.get()).path("schema")));
        return schema.validate(body, InputFormat.JSON).stream()
                .map(e -> where + ": " + e.getInstanceLocation() + " " + e.getMessage())
                .toList();
    }

    /** The response schema as a document of its own that carries the spec's components, so its $refs resolve. */
    private Schema compile(JsonNode responseSchema) {
        var document = (ObjectNode) responseSchema.deepCopy();
        document.set("components", spec.path("components"));
        try {
            return registry.getSchema(json.writeValueAsString(document), InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean matches(String documented, String actual) {
        if (documented.equals("*/*") || documented.equals(actual)) {
            return true;
        }
        return documented.endsWith("/*") && actual.startsWith(documented.substring(0, documented.length() - 1));
    }

    private static boolean isJson(String mediaType) {
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    private record PathTemplate(String template, Pattern pattern, int parameters) {
        PathTemplate(String template) {
            this(template, Pattern.compile(toRegex(template)), template.split("\\{", -1).length - 1);
        }

        boolean matches(String path) {
            return pattern.matcher(path).matches();
        }

        private static String toRegex(String template) {
            var regex = new StringBuilder();
            for (var part : template.split("(?=\\{)|(?<=\\})")) {
                regex.append(part.startsWith("{") ? "[^/]+" : Pattern.quote(part));
            }
            return regex + "/?";
        }
    }
}
