package org.cablegate.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;
import org.cablegate.config.CablesConfig;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The configuration the application knows, as environment variable names (SmallRye's mapping: upper case, every
 * character other than a letter or digit an underscore, so {@code cables.import.max-csv-bytes} is
 * {@code CABLES_IMPORT_MAX_CSV_BYTES}): its own {@link CablesConfig}, the keys of application.properties, and every
 * property of the Quarkus extensions on the class path with the phase it is read in.
 */
final class ApplicationConfiguration {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ApplicationConfiguration() {
    }

    static String environmentName(String property) {
        return property.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    /** The leaves of the {@code @ConfigMapping} interface, as environment variable names. */
    static Set<String> cablesConfig() {
        var prefix = CablesConfig.class.getAnnotation(ConfigMapping.class).prefix();
        var names = new TreeSet<String>();
        collect(CablesConfig.class, prefix, names);
        return names;
    }

    private static void collect(Class<?> mapping, String prefix, Set<String> names) {
        for (Method method : mapping.getMethods()) {
            if (method.isDefault() || Modifier.isStatic(method.getModifiers()) || method.getParameterCount() > 0) {
                continue;
            }
            var withName = method.getAnnotation(WithName.class);
            var property = prefix + "." + (withName != null ? withName.value() : kebab(method.getName()));
            var type = method.getReturnType();
            if (type.isInterface() && isGroup(type)) {
                collect(type, property, names);
            } else {
                names.add(environmentName(property));
            }
        }
    }

    /** A nested group of the mapping (an interface of its own), as opposed to a value type such as List or Optional. */
    private static boolean isGroup(Class<?> type) {
        return type.getName().startsWith(CablesConfig.class.getPackageName()) && type != Optional.class;
    }

    private static String kebab(String methodName) {
        return methodName.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    /** Keys of application.properties, profile prefixes ({@code %test.}) removed. */
    static Set<String> applicationProperties() {
        var properties = new Properties();
        try {
            properties.load(new StringReader(Project.read(Project.APPLICATION_PROPERTIES)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var names = new TreeSet<String>();
        for (var key : properties.stringPropertyNames()) {
            var property = key.startsWith("%") ? key.substring(key.indexOf('.') + 1) : key;
            names.add(environmentName(property));
        }
        return names;
    }

    /**
     * Every Quarkus property of the extensions on the class path, by environment name, with its phase
     * ({@code RUN_TIME}, {@code BUILD_TIME}, {@code BUILD_AND_RUN_TIME_FIXED}), from the config model each extension
     * ships in META-INF/quarkus-config-doc/.
     */
    static Map<String, String> quarkusPhases() {
        var phases = new HashMap<String, String>();
        try {
            var models = ApplicationConfiguration.class.getClassLoader()
                    .getResources("META-INF/quarkus-config-doc/quarkus-config-model.json");
            while (models.hasMoreElements()) {
                try (var in = models.nextElement().openStream()) {
                    collectPhases(JSON.readTree(in), phases);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return phases;
    }

    private static void collectPhases(JsonNode node, Map<String, String> phases) {
        if (node.isObject()) {
            var env = node.path("path").path("environmentVariable");
            if (env.isTextual() && node.has("phase")) {
                phases.put(env.asText(), node.get("phase").asText());
            }
        }
        node.forEach(child -> collectPhases(child, phases));
    }
}
