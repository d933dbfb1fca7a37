package org.cablegate.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Three real Galera nodes on loopback, driven through {@code src/test/cluster/galera.sh}. */
final class Galera implements AutoCloseable {

    static final Path SCRIPT = Path.of("src/test/cluster/galera.sh");
    static final String USER = "cablegate";
    static final String PASSWORD = "cluster-test-password";

    private final Path dir;
    private final int basePort;

    Galera(Path dir, int basePort) {
        this.dir = dir;
        this.basePort = basePort;
    }

    static boolean installed() {
        return Files.isExecutable(Path.of("/usr/sbin/mariadbd")) && Files.exists(Path.of("/usr/lib/galera/libgalera_smm.so"));
    }

    void start() throws IOException, InterruptedException {
        run(300, "start");
    }

    int sqlPort(int node) {
        return basePort + 10 * node;
    }

    /** A JDBC URL through which the driver fails over from node to node in the order given. */
    String failoverUrl(int... order) {
        var hosts = new ArrayList<String>();
        for (int node : order) {
            hosts.add("127.0.0.1:" + sqlPort(node));
        }
        return "jdbc:mariadb:sequential://" + String.join(",", hosts) + "/cables";
    }

    /**
     * A connection to one node whose reads wait until the node has applied every write the cluster committed before
     * them (wsrep_sync_wait): a node reported "Synced" may still hold writes in its apply queue, and a check read
     * there would call them lost.
     */
    Connection connect(int node) throws SQLException {
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + sqlPort(node)
                + "/cables?connectTimeout=5000&sessionVariables=wsrep_sync_wait=1", USER, PASSWORD);
    }

    void kill(int node) throws IOException, InterruptedException {
        run(30, "kill", Integer.toString(node));
    }

    void shutdown(int node) throws IOException, InterruptedException {
        run(90, "shutdown", Integer.toString(node));
    }

    /**
     * Starts a node again and waits until it has caught up with the others (IST) and is synced; a joiner still out of
     * the cluster after two minutes is stopped and started once more. Returns what the script said (empty, or that
     * second start).
     */
    String restart(int node) throws IOException, InterruptedException {
        return run(480, "restart", Integer.toString(node)).strip();
    }

    void pause(int node) throws IOException, InterruptedException {
        run(30, "pause", Integer.toString(node));
    }

    void resume(int node) throws IOException, InterruptedException {
        run(30, "resume", Integer.toString(node));
    }

    String status() throws IOException, InterruptedException {
        return run(30, "status");
    }

    @Override
    public void close() throws IOException, InterruptedException {
        run(120, "stop");
    }

    private String run(int seconds, String... args) throws IOException, InterruptedException {
        var command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
        command.addAll(List.of(args));
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(Map.of("GALERA_DIR", dir.toString(), "GALERA_PORT", Integer.toString(basePort),
                "GALERA_PASSWORD", PASSWORD));
        var process = builder.start();
        var output = process.getInputStream().readAllBytes();
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("galera.sh " + String.join(" ", args) + " did not finish in " + seconds + " s");
        }
        var text = new String(output);
        if (process.exitValue() != 0) {
            throw new IllegalStateException("galera.sh " + String.join(" ", args) + " failed: " + text);
        }
        return text;
    }
}
