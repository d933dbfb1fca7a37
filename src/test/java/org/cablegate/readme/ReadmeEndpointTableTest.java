package org.cablegate.readme;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The README's endpoint table and the committed spec name the same operations: none missing, none invented. */
class ReadmeEndpointTableTest {

    private static final Pattern OPERATION = Pattern.compile("`(GET|POST|PUT|PATCH|DELETE|HEAD) (/[^`\\s]+)`");
    private static final Pattern OPERATION_ID = Pattern.compile("`([a-z][A-Za-z]+)`");
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete", "head");

    @Test
    void everyOperationOfTheSpecIsInTheTableAndNothingElse() throws IOException {
        var table = Table.read(Path.of("README.md"));
        var spec = specOperations();
        assertFalse(table.operations.isEmpty(), "the README has an endpoint table under '## Using the API'");
        assertEquals(new TreeSet<>(spec.keySet()), table.operations,
                "README.md's endpoint table against openapi/openapi.yaml (method and path)");
    }

    @Test
    void theTableNamesEachOperationsOperationId() throws IOException {
        var table = Table.read(Path.of("README.md"));
        assertEquals(new TreeSet<>(specOperations().values()), table.operationIds,
                "README.md's operationId column against openapi/openapi.yaml");
    }

    @Test
    void readsMethodsAndPathsFromTableRows() {
        var table = Table.parse(List.of(
                "## Using the API",
                "| method and path | operationId | what |",
                "| --- | --- | --- |",
                "| `GET /api/v1/tags`, `GET /api/v1/origins` | `listTags`, `listOrigins` | facets with `count` |",
                "Operations, outside the spec: `GET /q/health` is not a row.",
                "## Configuration",
                "| `GET /elsewhere` | `notHere` | |"));
        assertEquals(new TreeSet<>(List.of("GET /api/v1/origins", "GET /api/v1/tags")), table.operations);
        assertEquals(new TreeSet<>(List.of("listOrigins", "listTags")), table.operationIds);
    }

    /** "METHOD /path" → operationId, for every operation of the committed spec. */
    private static TreeMap<String, String> specOperations() throws IOException {
        var spec = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(Path.of("openapi/openapi.yaml")));
        var operations = new TreeMap<String, String>();
        spec.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (METHODS.contains(op.getKey())) {
                operations.put(op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(),
                        op.getValue().path("operationId").asText());
            }
        }));
        return operations;
    }

    /** The rows of the first table under "## Using the API": operations from the first cell, ids from the second. */
    record Table(TreeSet<String> operations, TreeSet<String> operationIds) {

        static Table read(Path readme) throws IOException {
            return parse(Files.readAllLines(readme));
        }

        static Table parse(List<String> lines) {
            var operations = new TreeSet<String>();
            var ids = new TreeSet<String>();
            boolean inSection = false;
            for (var line : lines) {
                if (line.startsWith("## ")) {
                    inSection = line.equals("## Using the API");
                } else if (inSection && line.startsWith("| `")) {
                    var cells = cells(line);
                    var op = OPERATION.matcher(cells.get(0));
                    while (op.find()) {
                        operations.add(op.group(1) + " " + op.group(2));
                    }
                    var id = OPERATION_ID.matcher(cells.size() > 1 ? cells.get(1) : "");
                    while (id.find()) {
                        ids.add(id.group(1));
                    }
                }
            }
            return new Table(operations, ids);
        }

        private static List<String> cells(String row) {
            var cells = new ArrayList<String>();
            for (var cell : row.substring(1).split("\\|")) {
                cells.add(cell.trim());
            }
            return cells;
        }
    }
}
