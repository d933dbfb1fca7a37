package org.cablegate.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The mariadb-operator resources are valid for the operator's CRDs and fit together: a 3-node Galera cluster,
 * MaxScale in front of it, the service's database, user and grant, and the service's JDBC URL pointing at MaxScale.
 */
class DatabaseResourcesTest {

    private static final List<String> OPERATOR_KINDS = List.of("MariaDB", "MaxScale", "Database", "User", "Grant");

    private final Manifests manifests = Manifests.all();

    @Test
    void everyOperatorResourceIsValidForItsCustomResourceDefinition() {
        for (var kind : OPERATOR_KINDS) {
            var schema = CrdSchema.of(kind);
            var resources = manifests.custom(kind);
            assertEquals(1, resources.size(), "one " + kind);
            for (var resource : resources) {
                assertEquals(schema.apiVersion(), resource.getApiVersion(), kind + " apiVersion");
                var raw = manifests.rawOf(resource);
                assertTrue(raw.path("spec").isObject(), kind + " has a spec");
                assertEquals(List.of(), schema.violations(raw), kind + " " + resource.getMetadata().getName());
            }
        }
    }

    @Test
    void schemaCheckRefusesMisspeltMistypedAndMissingFields() {
        // The check above is only as good as this: the API server's three usual refusals must be found.
        var grant = manifests.rawOf(manifests.oneCustom("Grant")).deepCopy();
        var spec = (com.fasterxml.jackson.databind.node.ObjectNode) grant.get("spec");
        spec.remove("privileges");
        spec.put("grantOptions", true);
        spec.put("cleanupPolicy", "Keep");
        var violations = CrdSchema.of("Grant").violations(grant);
        assertEquals(3, violations.size(), violations.toString());
        assertTrue(violations.stream().anyMatch(v -> v.contains("'privileges' is missing")), violations.toString());
        assertTrue(violations.stream().anyMatch(v -> v.contains(".spec.grantOptions: unknown field")), violations.toString());
        assertTrue(violations.stream().anyMatch(v -> v.contains("\"Keep\" is not one of")), violations.toString());
    }

    @Test
    void mariaDbIsAThreeNodeGaleraClusterWithStorageBehindMaxScale() {
        var spec = spec("MariaDB");
        assertTrue(spec.path("galera").path("enabled").asBoolean(), "galera.enabled");
        assertEquals(3, spec.path("replicas").asInt(), "an odd number of nodes, so that a majority survives one loss");
        assertFalse(spec.path("storage").path("size").asText().isEmpty(), "storage.size");
        assertFalse(spec.path("storage").path("ephemeral").asBoolean(false), "persistent storage");
        assertEquals(name("MaxScale"), spec.path("maxScaleRef").path("name").asText(), "MaxScale handles failover");
        assertEquals(name("MariaDB"), spec("MaxScale").path("mariaDbRef").path("name").asText());
        assertFalse(spec.path("myCnf").asText().contains("wsrep_sync_wait"),
                "causal reads wait on the group: a suspected node stalled every read past the API's socket timeout");
        assertEquals("PT3S", spec.path("galera").path("providerOptions").path("evs.suspect_timeout").asText(),
                "the suspect timeout the cluster suite ran with (src/test/cluster/galera.sh)");
    }

    @Test
    void maxScaleSplitsReadsFromWritesAndReplaysTransactionsOnFailover() {
        var spec = spec("MaxScale");
        assertTrue(spec.path("replicas").asInt() >= 2, "MaxScale itself is not a single point of failure");
        var service = spec.path("services").get(0);
        assertEquals("readwritesplit", service.path("router").asText());
        assertEquals("true", service.path("params").path("transaction_replay").asText());
        assertEquals(3306, service.path("listener").path("port").asInt());
        assertFalse(spec.path("monitor").path("cooperativeMonitoring").asText().isEmpty(),
                "one monitor acts at a time across the MaxScale replicas");
    }

    @Test
    void databaseUserAndGrantBelongToTheClusterAndToEachOther() {
        var cluster = name("MariaDB");
        for (var kind : List.of("Database", "User", "Grant")) {
            assertEquals(cluster, spec(kind).path("mariaDbRef").path("name").asText(), kind + " mariaDbRef");
        }
        assertEquals("Skip", spec("Database").path("cleanupPolicy").asText(),
                "deleting the resource must never drop the corpus");
        var user = spec("User").path("name").asText(name("User"));
        assertEquals(user, spec("Grant").path("username").asText());
        assertEquals(spec("Database").path("name").asText(), spec("Grant").path("database").asText());
        var privileges = spec("Grant").path("privileges").toString();
        for (var needed : List.of("SELECT", "INSERT", "UPDATE", "DELETE", "CREATE", "ALTER", "INDEX")) {
            assertTrue(privileges.contains("\"" + needed + "\""), "Flyway and the importer need " + needed);
        }
        assertFalse(privileges.contains("ALL PRIVILEGES"), "no more than the schema needs");
    }

    @Test
    void serviceConnectsThroughMaxScaleAsItsUserToItsDatabase() {
        var data = manifests.one(ConfigMap.class, "cablegate-api").getData();
        var url = URI.create(data.get("QUARKUS_DATASOURCE_JDBC_URL").substring("jdbc:".length()));
        var maxScale = manifests.oneCustom("MaxScale");
        assertEquals(name("MaxScale") + "." + maxScale.getMetadata().getNamespace() + ".svc.cluster.local", url.getHost(),
                "the operator's Service for MaxScale, never a MariaDB node");
        assertEquals(spec("MaxScale").path("services").get(0).path("listener").path("port").asInt(), url.getPort());
        assertEquals("/" + spec("Database").path("name").asText(), url.getPath());
        assertEquals(spec("User").path("name").asText(), data.get("QUARKUS_DATASOURCE_USERNAME"));
        var password = manifests.api().getSpec().getTemplate().getSpec().getContainers().get(0).getEnv().stream()
                .filter(e -> e.getName().equals("QUARKUS_DATASOURCE_PASSWORD")).findFirst().orElseThrow()
                .getValueFrom().getSecretKeyRef();
        var userPassword = spec("User").path("passwordSecretKeyRef");
        assertEquals(userPassword.path("name").asText(), password.getName(), "the password the User is created with");
        assertEquals(userPassword.path("key").asText(), password.getKey());
    }

    private JsonNode spec(String kind) {
        return manifests.rawOf(manifests.oneCustom(kind)).path("spec");
    }

    private String name(String kind) {
        GenericKubernetesResource resource = manifests.oneCustom(kind);
        return resource.getMetadata().getName();
    }
}
