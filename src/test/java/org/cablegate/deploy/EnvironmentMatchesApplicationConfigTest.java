package org.cablegate.deploy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Secret;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every environment variable the pods get is configuration the application reads at run time, and every Secret
 * key and ConfigMap a manifest refers to exists in the rendered resources.
 */
class EnvironmentMatchesApplicationConfigTest {

    /** Read by the image (run-java.sh) or the JVM itself, not by the application. */
    private static final Set<String> RUNTIME_VARIABLES = Set.of("JAVA_OPTS_APPEND", "JAVA_TOOL_OPTIONS");

    private final Manifests manifests = Manifests.all();

    @Test
    void everyVariableIsTheApplicationsConfiguration() {
        var cables = ApplicationConfiguration.cablesConfig();
        var properties = ApplicationConfiguration.applicationProperties();
        var quarkus = ApplicationConfiguration.quarkusPhases();
        var unknown = new TreeSet<String>();
        for (var name : environmentNames()) {
            if (RUNTIME_VARIABLES.contains(name)) {
                continue;
            }
            var known = name.startsWith("CABLES_") ? cables.contains(name) || properties.contains(name)
                    : name.startsWith("QUARKUS_") && (quarkus.containsKey(name) || properties.contains(name));
            if (!known) {
                unknown.add(name);
            }
        }
        assertTrue(unknown.isEmpty(), "set in the pods, read by nothing: " + unknown);
    }

    @Test
    void quarkusVariablesAreReadAtRunTimeNotFixedAtBuildTime() {
        var phases = ApplicationConfiguration.quarkusPhases();
        var fixed = environmentNames().stream().filter(n -> n.startsWith("QUARKUS_"))
                .filter(n -> !"RUN_TIME".equals(phases.get(n)))
                .map(n -> n + "=" + phases.get(n))
                .toList();
        assertTrue(fixed.isEmpty(), "set at run time, but fixed when the jar was built: " + fixed);
    }

    @Test
    void theApplicationsOwnSettingsAreFoundWhereTheyAreDeclared() {
        // The name sets the checks above rely on are read from the application, not written here.
        var cables = ApplicationConfiguration.cablesConfig();
        assertTrue(cables.containsAll(Set.of("CABLES_API_KEY", "CABLES_API_KEYS", "CABLES_PUBLIC_BASE_URL",
                "CABLES_IMPORT_SAMPLES_ON_EMPTY_DATABASE", "CABLES_IMPORT_MAX_CSV_BYTES")), cables.toString());
        assertEquals("RUN_TIME", ApplicationConfiguration.quarkusPhases().get("QUARKUS_DATASOURCE_JDBC_URL"));
        assertEquals("BUILD_AND_RUN_TIME_FIXED", ApplicationConfiguration.quarkusPhases().get("QUARKUS_DATASOURCE_DB_KIND"));
    }

    @Test
    void productionNeverStartsTheEmbeddedDatabaseOrTheSampleImport() {
        var apiEnvironment = environment(manifests.api().getSpec().getTemplate());
        assertTrue(apiEnvironment.get("QUARKUS_DATASOURCE_JDBC_URL").startsWith("jdbc:mariadb://"),
                "an external database: the production image has no embedded one");
        assertEquals("false", apiEnvironment.get("CABLES_IMPORT_SAMPLES_ON_EMPTY_DATABASE"));
        assertTrue(apiEnvironment.get("CABLES_PUBLIC_BASE_URL").startsWith("https://"));
    }

    @Test
    void secretKeysAndConfigMapsReferredToExist() {
        var missing = new ArrayList<String>();
        for (var template : manifests.podTemplates()) {
            for (var c : containers(template)) {
                for (var from : c.getEnvFrom()) {
                    if (from.getConfigMapRef() != null && configMap(from.getConfigMapRef().getName()) == null) {
                        missing.add(c.getName() + ": ConfigMap " + from.getConfigMapRef().getName());
                    }
                    if (from.getSecretRef() != null && secretKeys(from.getSecretRef().getName()) == null) {
                        missing.add(c.getName() + ": Secret " + from.getSecretRef().getName());
                    }
                }
                for (var env : c.getEnv()) {
                    var ref = env.getValueFrom() == null ? null : env.getValueFrom().getSecretKeyRef();
                    if (ref != null && !hasSecretKey(ref.getName(), ref.getKey())) {
                        missing.add(c.getName() + ": " + env.getName() + " <- Secret " + ref.getName() + "/" + ref.getKey());
                    }
                }
            }
        }
        for (var kind : List.of("MariaDB", "User")) {
            for (var resource : manifests.custom(kind)) {
                for (var field : List.of("rootPasswordSecretKeyRef", "passwordSecretKeyRef")) {
                    @SuppressWarnings("unchecked")
                    var ref = (Map<String, Object>) ((Map<String, Object>) resource.getAdditionalProperties().get("spec")).get(field);
                    if (ref != null && !Boolean.TRUE.equals(ref.get("generate"))
                            && !hasSecretKey((String) ref.get("name"), (String) ref.get("key"))) {
                        missing.add(kind + " " + field + " <- Secret " + ref.get("name") + "/" + ref.get("key"));
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "referred to, but not declared: " + missing);
    }

    @Test
    void everyWriteKeyIsInTheOneListSoThatDroppingAKeyWithdrawsIt() {
        var secret = manifests.one(Secret.class, "cablegate-api").getStringData();
        var keys = Stream.of(secret.get("CABLES_API_KEYS").split(",")).map(String::trim).toList();
        assertTrue(keys.size() >= 2, "room for a second key during rotation");
        assertTrue(keys.stream().noneMatch(String::isEmpty), keys.toString());
        assertEquals(keys.size(), new HashSet<>(keys).size(), "no key listed twice");
        // The service accepts CABLES_API_KEY as one more key: a key left there would outlive its removal from the list.
        assertFalse(secret.containsKey("CABLES_API_KEY"), "the single key of old stays unset in the cluster");
    }

    @Test
    void theClientBehindTheIngressIsTheOneRateLimited() {
        // Only the ingress controller reaches the pods (NetworkPolicy) and it sets X-Forwarded-For itself: without
        // trusting it, every client would share the ingress controller's allowance. Trusted only from the proxies
        // listed, never from any peer.
        var apiEnvironment = environment(manifests.api().getSpec().getTemplate());
        assertEquals("true", apiEnvironment.get("QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING"));
        assertEquals("true", apiEnvironment.get("QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED"));
        var trusted = apiEnvironment.get("QUARKUS_HTTP_PROXY_TRUSTED_PROXIES");
        assertTrue(trusted != null && !trusted.isBlank() && !trusted.contains("0.0.0.0/0"),
                "a list of proxies, not everyone: " + trusted);
    }

    /** Every environment variable name any container of the service's image gets. */
    private Set<String> environmentNames() {
        var names = new TreeSet<String>();
        for (var template : manifests.podTemplates()) {
            for (var c : containers(template)) {
                names.addAll(environment(c).keySet());
            }
        }
        return names;
    }

    private Map<String, String> environment(PodTemplateSpec template) {
        return environment(template.getSpec().getContainers().get(0));
    }

    private Map<String, String> environment(Container c) {
        var env = new java.util.TreeMap<String, String>();
        for (var from : c.getEnvFrom()) {
            if (from.getConfigMapRef() != null) {
                env.putAll(configMap(from.getConfigMapRef().getName()).getData());
            }
            if (from.getSecretRef() != null) {
                secretKeys(from.getSecretRef().getName()).forEach(k -> env.put(k, "(secret)"));
            }
        }
        c.getEnv().forEach(e -> env.put(e.getName(), e.getValue() == null ? "(reference)" : e.getValue()));
        return env;
    }

    private ConfigMap configMap(String name) {
        return manifests.all(ConfigMap.class).stream().filter(m -> m.getMetadata().getName().equals(name))
                .findFirst().orElse(null);
    }

    private Set<String> secretKeys(String name) {
        return manifests.all(Secret.class).stream().filter(s -> s.getMetadata().getName().equals(name)).findFirst()
                .map(s -> {
                    var keys = new TreeSet<String>(s.getStringData() == null ? Set.of() : s.getStringData().keySet());
                    keys.addAll(s.getData() == null ? Set.of() : s.getData().keySet());
                    return (Set<String>) keys;
                })
                .orElse(null);
    }

    private boolean hasSecretKey(String name, String key) {
        var keys = secretKeys(name);
        return keys != null && keys.contains(key);
    }

    private static List<Container> containers(PodTemplateSpec template) {
        return Stream.concat(template.getSpec().getInitContainers().stream(), template.getSpec().getContainers().stream())
                .toList();
    }
}
