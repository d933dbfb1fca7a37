package org.cablegate.deploy;

import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import org.cablegate.deploy.NetworkAccess.Pod;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who may open connections to whom, evaluated over the rendered NetworkPolicies: only the ingress controller
 * reaches the API, only the API (and its import Job) reaches MaxScale, only MaxScale reaches the MariaDB nodes.
 * The operator's pods carry {@code app.kubernetes.io/name} and {@code app.kubernetes.io/instance} labels
 * (mariadb-operator pkg/builder/labels); ingress-nginx's controller pods {@code app.kubernetes.io/name: ingress-nginx}.
 */
class NetworkIsolationTest {

    private static final String NS = "cablegate";

    private final Manifests manifests = Manifests.all();
    private final NetworkAccess network = new NetworkAccess(manifests.all(NetworkPolicy.class));

    private final Pod api = Pod.in(NS, manifests.api().getSpec().getTemplate().getMetadata().getLabels());
    private final Pod importer = Pod.in(NS, manifests.importJob().getSpec().getTemplate().getMetadata().getLabels());
    private final Pod maxScale = Pod.in(NS, Map.of("app.kubernetes.io/name", "maxscale",
            "app.kubernetes.io/instance", manifests.oneCustom("MaxScale").getMetadata().getName()));
    private final Pod mariaDb = Pod.in(NS, Map.of("app.kubernetes.io/name", "mariadb",
            "app.kubernetes.io/instance", manifests.oneCustom("MariaDB").getMetadata().getName()));
    private final Pod ingressController = Pod.in("ingress-nginx", Map.of("app.kubernetes.io/name", "ingress-nginx"));
    private final Pod operator = Pod.in("mariadb-operator", Map.of("app.kubernetes.io/name", "mariadb-operator"));
    private final Pod strangerInNamespace = Pod.in(NS, Map.of("run", "debug"));
    private final Pod strangerElsewhere = Pod.in("default", Map.of("app.kubernetes.io/name", "cablegate-api"));

    @Test
    void onlyTheIngressControllerReachesTheApi() {
        assertTrue(network.allows(ingressController, api, 8080, "TCP"));
        assertFalse(network.allows(ingressController, api, 9000, "TCP"), "the HTTP port only");
        assertFalse(network.allows(Pod.in("ingress-nginx", Map.of("app", "other")), api, 8080, "TCP"),
                "another pod of the controller's namespace");
        assertFalse(network.allows(strangerInNamespace, api, 8080, "TCP"));
        assertFalse(network.allows(strangerElsewhere, api, 8080, "TCP"), "a look-alike label in another namespace");
        assertFalse(network.allows(mariaDb, api, 8080, "TCP"));
    }

    @Test
    void onlyTheApiAndItsImportReachMaxScale() {
        assertTrue(network.allows(api, maxScale, 3306, "TCP"));
        assertTrue(network.allows(importer, maxScale, 3306, "TCP"));
        assertFalse(network.allows(ingressController, maxScale, 3306, "TCP"));
        assertFalse(network.allows(strangerInNamespace, maxScale, 3306, "TCP"));
        assertFalse(network.allows(strangerElsewhere, maxScale, 3306, "TCP"));
        assertFalse(network.allows(api, maxScale, 8989, "TCP"), "MaxScale's admin API is the operator's");
    }

    @Test
    void onlyMaxScaleAndTheOtherNodesReachMariaDb() {
        assertTrue(network.allows(maxScale, mariaDb, 3306, "TCP"));
        assertFalse(network.allows(api, mariaDb, 3306, "TCP"), "the API goes through MaxScale");
        assertFalse(network.allows(importer, mariaDb, 3306, "TCP"));
        assertFalse(network.allows(strangerInNamespace, mariaDb, 3306, "TCP"));
        for (var galeraPort : new int[] {3306, 4444, 4567, 4568}) {
            assertTrue(network.allows(mariaDb, mariaDb, galeraPort, "TCP"), "Galera port " + galeraPort);
        }
        assertFalse(network.allows(maxScale, mariaDb, 4567, "TCP"), "MaxScale has no business in replication");
    }

    @Test
    void theOperatorManagesTheDatabaseAndItsProxy() {
        assertTrue(network.allows(operator, mariaDb, 3306, "TCP"), "Database, User, Grant");
        assertTrue(network.allows(operator, mariaDb, 5555, "TCP"), "Galera agent for recovery");
        assertTrue(network.allows(operator, maxScale, 8989, "TCP"), "MaxScale admin API");
        assertFalse(network.allows(operator, api, 8080, "TCP"));
    }

    @Test
    void anythingNotLetInIsRefusedInTheNamespace() {
        var anyPod = Pod.in(NS, Map.of());
        assertFalse(network.allows(api, anyPod, 8080, "TCP"), "a default-deny policy covers every pod");
        assertTrue(new NetworkAccess(java.util.List.of()).allows(strangerElsewhere, anyPod, 8080, "TCP"),
                "without policies Kubernetes lets everything in: the checks above depend on the policies");
    }
}
