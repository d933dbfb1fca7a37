package org.cablegate.deploy;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pods that run the service's image (API and import) are locked down, sized, replicated and spread. */
class WorkloadHardeningTest {

    private final Manifests manifests = Manifests.all();

    @Test
    void apiRunsAtLeastTwoReplicasAndTheAutoscalerNeverGoesBelowThat() {
        var deployment = manifests.api();
        assertTrue(deployment.getSpec().getReplicas() >= 2, "replicas");
        var hpa = manifests.one(HorizontalPodAutoscaler.class, "cablegate-api");
        assertEquals("Deployment", hpa.getSpec().getScaleTargetRef().getKind());
        assertEquals(deployment.getMetadata().getName(), hpa.getSpec().getScaleTargetRef().getName());
        assertTrue(hpa.getSpec().getMinReplicas() >= 2, "HPA minReplicas");
        assertTrue(hpa.getSpec().getMaxReplicas() > hpa.getSpec().getMinReplicas(), "HPA can scale out");
        assertEquals(0, deployment.getSpec().getStrategy().getRollingUpdate().getMaxUnavailable().getIntVal(),
                "a rollout never takes a serving pod away before its replacement is ready");
    }

    @Test
    void apiContainerHasRequestsAndA1GiMemoryLimit() {
        var resources = apiContainer().getResources();
        assertEquals(Quantity.parse("1Gi"), resources.getLimits().get("memory"));
        assertNotNull(resources.getRequests().get("cpu"), "cpu request");
        var memoryRequest = Quantity.getAmountInBytes(resources.getRequests().get("memory"));
        assertTrue(memoryRequest.compareTo(Quantity.getAmountInBytes(Quantity.parse("1Gi"))) <= 0,
                "memory request within the limit");
    }

    @Test
    void everyContainerRunsNonRootReadOnlyWithoutPrivilegeEscalationOrCapabilities() {
        var problems = new ArrayList<String>();
        for (var template : manifests.podTemplates()) {
            var pod = template.getSpec();
            if (!Boolean.TRUE.equals(pod.getSecurityContext().getRunAsNonRoot())) {
                problems.add(name(template) + ": pod runAsNonRoot");
            }
            if (pod.getSecurityContext().getRunAsUser() == null || pod.getSecurityContext().getRunAsUser() == 0) {
                problems.add(name(template) + ": pod runAsUser must be a non-zero uid");
            }
            if (!"RuntimeDefault".equals(pod.getSecurityContext().getSeccompProfile().getType())) {
                problems.add(name(template) + ": seccompProfile RuntimeDefault");
            }
            if (!Boolean.FALSE.equals(pod.getAutomountServiceAccountToken())) {
                problems.add(name(template) + ": the service never calls the Kubernetes API: no token");
            }
            for (var c : containers(template)) {
                var sc = c.getSecurityContext();
                var where = name(template) + "/" + c.getName();
                if (sc == null) {
                    problems.add(where + ": no securityContext");
                    continue;
                }
                if (!Boolean.TRUE.equals(sc.getRunAsNonRoot())) {
                    problems.add(where + ": runAsNonRoot");
                }
                if (!Boolean.TRUE.equals(sc.getReadOnlyRootFilesystem())) {
                    problems.add(where + ": readOnlyRootFilesystem");
                }
                if (!Boolean.FALSE.equals(sc.getAllowPrivilegeEscalation())) {
                    problems.add(where + ": allowPrivilegeEscalation false");
                }
                if (sc.getCapabilities() == null || !List.of("ALL").equals(sc.getCapabilities().getDrop())
                        || !sc.getCapabilities().getAdd().isEmpty()) {
                    problems.add(where + ": capabilities drop ALL, add none");
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void javaContainersWriteOnlyToAnEmptyDirAtTmp() {
        for (var template : manifests.podTemplates()) {
            for (var c : template.getSpec().getContainers()) {
                var tmp = c.getVolumeMounts().stream().filter(m -> "/tmp".equals(m.getMountPath())).findFirst()
                        .orElseThrow(() -> new AssertionError(name(template) + "/" + c.getName() + " has no /tmp"));
                var volume = template.getSpec().getVolumes().stream()
                        .filter(v -> v.getName().equals(tmp.getName())).findFirst().orElseThrow();
                assertNotNull(volume.getEmptyDir(), "/tmp is an emptyDir in " + name(template));
                assertNotNull(volume.getEmptyDir().getSizeLimit(), "/tmp is bounded in " + name(template));
            }
        }
    }

    @Test
    void javaContainersKeepTheServicesFilesOnAMountedVolume() {
        // CABLES_DATA_DIR defaults to ./data, on the read-only root file system: it must name a mounted volume.
        for (var template : manifests.podTemplates()) {
            for (var c : template.getSpec().getContainers()) {
                var dataDir = c.getEnv().stream().filter(e -> e.getName().equals("CABLES_DATA_DIR")).findFirst()
                        .orElseThrow(() -> new AssertionError(c.getName() + " sets no CABLES_DATA_DIR")).getValue();
                assertTrue(c.getVolumeMounts().stream().anyMatch(m -> m.getMountPath().equals(dataDir)
                        && !Boolean.TRUE.equals(m.getReadOnly())), c.getName() + ": " + dataDir + " is not a writable mount");
            }
        }
    }

    @Test
    void apiPodsSpreadOverNodesAndZones() {
        var pod = manifests.api().getSpec().getTemplate();
        var constraints = pod.getSpec().getTopologySpreadConstraints();
        var keys = constraints.stream().map(c -> c.getTopologyKey()).toList();
        assertTrue(keys.contains("kubernetes.io/hostname"), "spread over nodes: " + keys);
        assertTrue(keys.contains("topology.kubernetes.io/zone"), "spread over zones: " + keys);
        for (var constraint : constraints) {
            assertTrue(NetworkAccess.matches(constraint.getLabelSelector(), pod.getMetadata().getLabels()),
                    "the constraint on " + constraint.getTopologyKey() + " counts the API's own pods");
            assertEquals(1, constraint.getMaxSkew());
        }
    }

    @Test
    void serviceDisruptionBudgetAndDeploymentSelectTheSamePods() {
        var deployment = manifests.api();
        var podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
        assertTrue(NetworkAccess.matches(deployment.getSpec().getSelector(), podLabels), "Deployment selector");
        var service = manifests.one(Service.class, "cablegate-api");
        assertTrue(podLabels.entrySet().containsAll(service.getSpec().getSelector().entrySet()), "Service selector");
        var pdb = manifests.one(PodDisruptionBudget.class, "cablegate-api");
        assertTrue(NetworkAccess.matches(pdb.getSpec().getSelector(), podLabels), "PDB selector");
        var importLabels = manifests.importJob().getSpec().getTemplate().getMetadata().getLabels();
        assertFalse(importLabels.entrySet().containsAll(service.getSpec().getSelector().entrySet()),
                "the import Job's pod must never receive the Service's traffic");
        assertTrue(pdb.getSpec().getMaxUnavailable() != null || pdb.getSpec().getMinAvailable() != null);
    }

    private Container apiContainer() {
        return manifests.api().getSpec().getTemplate().getSpec().getContainers().get(0);
    }

    private static List<Container> containers(PodTemplateSpec template) {
        return Stream.concat(template.getSpec().getInitContainers().stream(), template.getSpec().getContainers().stream())
                .toList();
    }

    private static String name(PodTemplateSpec template) {
        return template.getMetadata().getLabels().get("app.kubernetes.io/component");
    }
}
