package org.cablegate.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Files of this project, found from the directory Maven runs the tests in. */
final class Project {

    static final Path ROOT = findRoot();
    static final Path K8S = ROOT.resolve("k8s");
    static final Path DOCKERFILE = ROOT.resolve("src/main/docker/Dockerfile.jvm");
    static final Path POM = ROOT.resolve("pom.xml");
    static final Path APPLICATION_PROPERTIES = ROOT.resolve("src/main/resources/application.properties");
    static final Path MIGRATIONS = ROOT.resolve("src/main/resources/db/migration");

    private Project() {
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path findRoot() {
        var dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("pom.xml"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no pom.xml above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}
