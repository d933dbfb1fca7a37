package org.cablegate.deploy;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** k8s/ renders, as {@code kubectl kustomize} would, into valid resources of every kind issue 10 asks for. */
class KustomizationRenderingTest {

    @Test
    void serviceKustomizationRendersEveryKindTheDeploymentNeeds() {
        var kinds = kinds(Manifests.render(Manifests.SERVICE).resources);
        assertEquals(new TreeSet<>(Set.of("Namespace", "ConfigMap", "Secret", "Deployment", "Service", "Ingress",
                "HorizontalPodAutoscaler", "PodDisruptionBudget", "NetworkPolicy",
                "MariaDB", "MaxScale", "Database", "User", "Grant")), kinds);
    }

    @Test
    void importKustomizationRendersTheJobAndItsVolumeOnly() {
        assertEquals(new TreeSet<>(Set.of("Job", "PersistentVolumeClaim")),
                kinds(Manifests.render(Manifests.IMPORT).resources));
    }

    @Test
    void everyManifestFileIsRenderedByAKustomization() throws IOException {
        var listed = new HashSet<Path>();
        for (var dir : List.of(Manifests.SERVICE, Manifests.IMPORT)) {
            for (var entry : Kustomize.readDocuments(dir.resolve("kustomization.yaml")).get(0).path("resources")) {
                listed.add(dir.resolve(entry.asText()).normalize());
            }
        }
        try (Stream<Path> files = Files.walk(Project.K8S)) {
            var orphans = files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
                    .filter(f -> !f.getFileName().toString().equals("kustomization.yaml"))
                    .filter(f -> !listed.contains(f.normalize()))
                    .toList();
            assertTrue(orphans.isEmpty(), "manifests no kustomization applies: " + orphans);
        }
    }

    @Test
    void everyNamespacedResourceLandsInTheCablegateNamespace() {
        var elsewhere = Manifests.all().resources.stream()
                .filter(r -> !(r instanceof Namespace))
                .filter(r -> !"cablegate".equals(r.getMetadata().getNamespace()))
                .map(KustomizationRenderingTest::id)
                .toList();
        assertTrue(elsewhere.isEmpty(), "not in namespace cablegate: " + elsewhere);
        assertEquals("cablegate", Manifests.all().one(Namespace.class, "cablegate").getMetadata().getName());
    }

    @Test
    void builtInResourcesHaveOnlyFieldsTheirKindDefines() {
        var problems = Manifests.all().resources.stream()
                .filter(r -> !(r instanceof io.fabric8.kubernetes.api.model.GenericKubernetesResource))
                .flatMap(r -> UnknownFields.in(r).stream().map(f -> id(r) + f))
                .toList();
        assertTrue(problems.isEmpty(), "fields the Kubernetes API does not define: " + problems);
    }

    @Test
    void unknownFieldsAreFoundWhereTheyHide() {
        // The check above is only as good as this: a misplaced field deep in a pod template must show up.
        var deployment = Manifests.all().api();
        var copy = new io.fabric8.kubernetes.api.model.apps.DeploymentBuilder(deployment).build();
        copy.getSpec().getTemplate().getSpec().getContainers().get(0).getSecurityContext()
                .setAdditionalProperty("readOnlyRootFileSystem", true);
        assertEquals(List.of(".spec.template.spec.containers[0].securityContext.readOnlyRootFileSystem"),
                UnknownFields.in(copy));
    }

    @Test
    void aKustomizationFieldTheRendererDoesNotApplyIsRefused(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("kustomization.yaml"), """
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                resources: []
                patches:
                  - path: patch.yaml
                """);
        var refused = assertThrows(IllegalArgumentException.class, () -> Kustomize.render(dir));
        assertTrue(refused.getMessage().contains("patches"), refused.getMessage());
    }

    private static Set<String> kinds(List<HasMetadata> resources) {
        return resources.stream().map(HasMetadata::getKind).collect(Collectors.toCollection(TreeSet::new));
    }

    static String id(HasMetadata r) {
        return r.getKind() + "/" + r.getMetadata().getName();
    }
}
