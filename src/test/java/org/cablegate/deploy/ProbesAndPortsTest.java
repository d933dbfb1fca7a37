package org.cablegate.deploy;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Probes, ports and routes point where the application actually answers. */
class ProbesAndPortsTest {

    private static final int QUARKUS_DEFAULT_HTTP_PORT = 8080;

    private final Manifests manifests = Manifests.all();

    @Test
    void probesUseTheHealthEndpointsOfSmallRyeHealthOnTheManagementPort() throws IOException {
        var container = api();
        assertEquals("true", property("quarkus.management.enabled", "false"), "health lives on the management port");
        var healthRoot = "/" + property("quarkus.management.root-path", "q") + "/"
                + property("quarkus.smallrye-health.root-path", "health");
        assertEquals("/q/health", healthRoot, "the manifests assume Quarkus' default health root");
        assertProbe(container, container.getStartupProbe(), healthRoot + "/"
                + property("quarkus.smallrye-health.startup-path", "started"));
        assertProbe(container, container.getLivenessProbe(), healthRoot + "/"
                + property("quarkus.smallrye-health.liveness-path", "live"));
        assertProbe(container, container.getReadinessProbe(), healthRoot + "/"
                + property("quarkus.smallrye-health.readiness-path", "ready"));
    }

    @Test
    void readinessFollowsTheDatabaseAndLivenessDoesNot() {
        // Readiness drops the pod from the Service during a database outage; liveness must not restart it for that.
        assertNotNull(org.cablegate.health.DatabaseReadiness.class.getAnnotation(Readiness.class));
        assertEquals(null, org.cablegate.health.DatabaseReadiness.class.getAnnotation(Liveness.class));
        var readiness = api().getReadinessProbe();
        var outageSeconds = readiness.getPeriodSeconds() * readiness.getFailureThreshold();
        assertTrue(outageSeconds <= 5, "out of the Service within 5 s of a database outage, is " + outageSeconds);
    }

    @Test
    void containerPortIsTheApplicationsHttpPort() throws IOException {
        var port = Integer.parseInt(property("quarkus.http.port", String.valueOf(QUARKUS_DEFAULT_HTTP_PORT)));
        assertEquals(port, api().getPorts().get(0).getContainerPort());
        assertEquals("http", api().getPorts().get(0).getName());
        var env = api().getEnv().stream().filter(e -> e.getName().equals("QUARKUS_HTTP_PORT")).findFirst();
        assertTrue(env.isEmpty(), "QUARKUS_HTTP_PORT would move the port away from the probes");
    }

    @Test
    void metricsAreScrapedFromTheManagementPortNotThePublicOne() throws IOException {
        var annotations = manifests.api().getSpec().getTemplate().getMetadata().getAnnotations();
        assertEquals(property("quarkus.management.port", "9000"), annotations.get("prometheus.io/port"));
        assertEquals("/q/metrics", annotations.get("prometheus.io/path"));
        var service = manifests.one(Service.class, "cablegate-api");
        assertTrue(service.getSpec().getPorts().stream().noneMatch(p -> p.getTargetPort() != null
                && ("management".equals(p.getTargetPort().getStrVal())
                || Integer.valueOf(9000).equals(p.getTargetPort().getIntVal()))), "the Service publishes no management port");
    }

    @Test
    void serviceTargetsTheNamedContainerPortAndTheIngressTheServicePort() {
        var service = manifests.one(Service.class, "cablegate-api");
        var servicePort = service.getSpec().getPorts().get(0);
        assertEquals(resolve(api(), servicePort.getTargetPort()), api().getPorts().get(0).getContainerPort());
        var ingress = manifests.one(Ingress.class, "cablegate-api");
        for (var path : ingress.getSpec().getRules().get(0).getHttp().getPaths()) {
            var backend = path.getBackend().getService();
            assertEquals(service.getMetadata().getName(), backend.getName());
            assertEquals(servicePort.getName(), backend.getPort().getName());
        }
    }

    @Test
    void ingressServesTlsLimitsBodiesAndKeepsOperationsEndpointsInside() {
        var ingress = manifests.one(Ingress.class, "cablegate-api");
        var hosts = ingress.getSpec().getRules().stream().map(r -> r.getHost()).toList();
        assertEquals(hosts, ingress.getSpec().getTls().get(0).getHosts(), "every host has TLS");
        assertNotNull(ingress.getSpec().getTls().get(0).getSecretName());
        var bodySize = ingress.getMetadata().getAnnotations().get("nginx.ingress.kubernetes.io/proxy-body-size");
        assertTrue(bodySize != null && bodySize.matches("\\d+[km]"), "request bodies limited: " + bodySize);
        var paths = ingress.getSpec().getRules().get(0).getHttp().getPaths().stream().map(p -> p.getPath()).toList();
        assertTrue(paths.contains("/api/") && paths.contains("/c/"), "API and permalink pages are public: " + paths);
        for (var path : paths) {
            assertFalse("/q/health".startsWith(path) || "/q/metrics".startsWith(path),
                    path + " would publish health or metrics");
        }
    }

    private static void assertProbe(Container container, Probe probe, String path) throws IOException {
        assertNotNull(probe, "probe for " + path);
        assertEquals(path, probe.getHttpGet().getPath());
        assertEquals(Integer.parseInt(property("quarkus.management.port", "9000")),
                resolve(container, probe.getHttpGet().getPort()), "probes go to the management interface");
    }

    private static int resolve(Container container, IntOrString port) {
        if (port.getIntVal() != null) {
            return port.getIntVal();
        }
        return container.getPorts().stream().filter(p -> port.getStrVal().equals(p.getName())).findFirst()
                .orElseThrow(() -> new AssertionError("no container port named " + port.getStrVal()))
                .getContainerPort();
    }

    private Container api() {
        return manifests.api().getSpec().getTemplate().getSpec().getContainers().get(0);
    }

    private static String property(String key, String quarkusDefault) throws IOException {
        var properties = new Properties();
        properties.load(new StringReader(Project.read(Project.APPLICATION_PROPERTIES)));
        return properties.getProperty(key, quarkusDefault);
    }
}
