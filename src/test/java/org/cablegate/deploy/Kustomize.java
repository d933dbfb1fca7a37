package org.cablegate.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code kubectl kustomize DIR} for the subset of kustomize that k8s/ uses: {@code resources} (files and
 * directories with their own kustomization), {@code namespace} and {@code images}. Any other field is refused
 * rather than ignored, so that a kustomization this cannot render faithfully fails the tests instead of passing them.
 */
final class Kustomize {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static final Set<String> SUPPORTED_FIELDS = Set.of("apiVersion", "kind", "namespace", "resources", "images");
    private static final Set<String> CLUSTER_SCOPED_KINDS = Set.of("Namespace", "ClusterRole", "ClusterRoleBinding",
            "CustomResourceDefinition", "StorageClass", "PersistentVolume", "IngressClass", "PriorityClass");

    private Kustomize() {
    }

    /** The resources {@code dir/kustomization.yaml} renders, in the order it lists them. */
    static List<ObjectNode> render(Path dir) {
        var kustomization = readDocuments(dir.resolve("kustomization.yaml"));
        if (kustomization.size() != 1) {
            throw new IllegalArgumentException(dir + "/kustomization.yaml must hold one document");
        }
        var k = kustomization.get(0);
        require("kustomize.config.k8s.io/v1beta1".equals(k.path("apiVersion").asText()), dir, "apiVersion");
        require("Kustomization".equals(k.path("kind").asText()), dir, "kind");
        k.fieldNames().forEachRemaining(field ->
                require(SUPPORTED_FIELDS.contains(field), dir, "field '" + field + "' is not rendered by this test"));

        var rendered = new ArrayList<ObjectNode>();
        for (var entry : k.path("resources")) {
            var path = dir.resolve(entry.asText()).normalize();
            require(Files.exists(path), dir, "resource " + entry.asText() + " does not exist");
            rendered.addAll(Files.isDirectory(path) ? render(path) : readDocuments(path));
        }
        var namespace = k.path("namespace").asText(null);
        if (namespace != null) {
            rendered.stream()
                    .filter(r -> !CLUSTER_SCOPED_KINDS.contains(r.path("kind").asText()))
                    .forEach(r -> ((ObjectNode) r.get("metadata")).put("namespace", namespace));
        }
        for (var image : k.path("images")) {
            rendered.forEach(r -> replaceImage(r, image));
        }
        var ids = new HashSet<String>();
        for (var r : rendered) {
            var id = r.path("kind").asText() + "/" + r.path("metadata").path("namespace").asText("") + "/"
                    + r.path("metadata").path("name").asText();
            require(ids.add(id), dir, "resource " + id + " is declared twice");
        }
        return rendered;
    }

    /** Every non-empty YAML document of a file (comment-only documents are skipped, as kubectl does). */
    static List<ObjectNode> readDocuments(Path file) {
        try (var parser = YAML.getFactory().createParser(file.toFile())) {
            var documents = new ArrayList<ObjectNode>();
            var values = YAML.readValues(parser, JsonNode.class);
            while (values.hasNext()) {
                var document = values.next();
                if (document != null && !document.isNull() && !document.isMissingNode()) {
                    require(document.isObject(), file, "a document is not a mapping");
                    documents.add((ObjectNode) document);
                }
            }
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** kustomize's image transformer: every {@code image} of a container or init container named like the entry. */
    private static void replaceImage(JsonNode node, JsonNode entry) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if (("containers".equals(field.getKey()) || "initContainers".equals(field.getKey()))
                        && field.getValue().isArray()) {
                    for (var container : field.getValue()) {
                        var image = container.path("image").asText("");
                        if (imageName(image).equals(entry.path("name").asText())) {
                            var name = entry.path("newName").asText(imageName(image));
                            var tag = entry.has("newTag") ? ":" + entry.get("newTag").asText()
                                    : image.substring(imageName(image).length());
                            ((ObjectNode) container).set("image", TextNode.valueOf(name + tag));
                        }
                    }
                } else {
                    replaceImage(field.getValue(), entry);
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> replaceImage(child, entry));
        }
    }

    private static String imageName(String image) {
        var digest = image.indexOf('@');
        var withoutDigest = digest < 0 ? image : image.substring(0, digest);
        var colon = withoutDigest.lastIndexOf(':');
        return colon > withoutDigest.lastIndexOf('/') ? withoutDigest.substring(0, colon) : withoutDigest;
    }

    private static void require(boolean condition, Path where, String what) {
        if (!condition) {
            throw new IllegalArgumentException(where + ": " + what);
        }
    }
}
