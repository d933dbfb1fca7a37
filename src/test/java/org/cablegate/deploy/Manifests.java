package org.cablegate.deploy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * What {@code kubectl kustomize} gives for the two kustomizations of k8s/ (the service and the corpus import),
 * as raw trees and as the fabric8 Kubernetes model: built-in kinds as their model classes, the operator's kinds as
 * {@link GenericKubernetesResource}.
 */
final class Manifests {

    static final Path SERVICE = Project.K8S;
    static final Path IMPORT = Project.K8S.resolve("import");

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();
    private static Manifests all;

    final List<ObjectNode> raw;
    final List<HasMetadata> resources;

    private Manifests(List<ObjectNode> raw) {
        this.raw = List.copyOf(raw);
        var typed = new ArrayList<HasMetadata>();
        for (var node : raw) {
            typed.add(SERIALIZATION.unmarshal(node.toString(), HasMetadata.class));
        }
        this.resources = List.copyOf(typed);
    }

    static Manifests render(Path kustomizationDir) {
        return new Manifests(Kustomize.render(kustomizationDir));
    }

    /** Both kustomizations together: the import Job runs against the service's ConfigMap and Secrets. */
    static synchronized Manifests all() {
        if (all == null) {
            var raw = new ArrayList<>(Kustomize.render(SERVICE));
            raw.addAll(Kustomize.render(IMPORT));
            all = new Manifests(raw);
        }
        return all;
    }

    <T extends HasMetadata> List<T> all(Class<T> type) {
        return resources.stream().filter(type::isInstance).map(type::cast).toList();
    }

    <T extends HasMetadata> T one(Class<T> type, String name) {
        return all(type).stream().filter(r -> name.equals(r.getMetadata().getName())).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no " + type.getSimpleName() + " named " + name));
    }

    /** The operator's resources of a kind (MariaDB, MaxScale, Database, User, Grant). */
    List<GenericKubernetesResource> custom(String kind) {
        return all(GenericKubernetesResource.class).stream().filter(r -> kind.equals(r.getKind())).toList();
    }

    GenericKubernetesResource oneCustom(String kind) {
        var found = custom(kind);
        if (found.size() != 1) {
            throw new NoSuchElementException("expected one " + kind + ", found " + found.size());
        }
        return found.get(0);
    }

    ObjectNode rawOf(HasMetadata resource) {
        return raw.get(resources.indexOf(resource));
    }

    /** The pod templates that run the service's image: the Deployment's and the import Job's. */
    List<PodTemplateSpec> podTemplates() {
        var templates = new ArrayList<PodTemplateSpec>();
        all(Deployment.class).forEach(d -> templates.add(d.getSpec().getTemplate()));
        all(Job.class).forEach(j -> templates.add(j.getSpec().getTemplate()));
        return templates;
    }

    Deployment api() {
        return one(Deployment.class, "cablegate-api");
    }

    Job importJob() {
        return one(Job.class, "cablegate-import");
    }
}
