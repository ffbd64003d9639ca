package org.profstd.registry.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;

/**
 * Starts the server of a cluster nobody serves (called under the folder's lifecycle lock): creates the cluster with
 * password authentication on first use, removes a pid file its dead server left, and switches a cluster an older
 * profstd made with trust authentication to passwords.
 */
final class ClusterStart {
    static final String LOG = "server.log";
    private static final String SUPERUSER = "postgres";
    private static final String START_TIMEOUT_SECONDS = "60";
    /** Only the loopback address, only with the password; no other way in. */
    static final List<String> PASSWORD_ONLY = List.of(
            "# written by profstd: the superuser's password (SCRAM) over 127.0.0.1 is the only way in",
            "host all all 127.0.0.1/32 scram-sha-256");

    private final Path cluster;
    private final Programs programs;
    private final String secret;

    ClusterStart(Path cluster, Programs programs, String secret) {
        this.cluster = cluster;
        this.programs = programs;
        this.secret = secret;
    }

    /** Starts the server on the port and returns it. */
    int start(int port) throws IOException {
        if (!Files.exists(cluster.resolve("PG_VERSION"))) {
            initialise();
        } else {
            EmbeddedServer.adopt(cluster);
        }
        Files.deleteIfExists(cluster.resolve(PostmasterPid.FILE)); // stale: the caller found no live server for it
        String options = "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=''"
                + " -c password_encryption=scram-sha-256 -c fsync=on"
                + " -c max_connections=" + EmbeddedServer.MAX_CONNECTIONS;
        programs.run(cluster.resolve(LOG), "pg_ctl", "start", "-w", "-t", START_TIMEOUT_SECONDS,
                "-D", cluster.toString(), "-l", cluster.resolve(LOG).toString(), "-o", options);
        if (trustsAnyone()) {
            requirePassword(port);
        }
        return port;
    }

    private void initialise() throws IOException {
        Files.createDirectories(cluster);
        Files.setPosixFilePermissions(cluster, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        Path data = cluster.getParent();
        programs.run(null, "initdb", "-D", cluster.toString(), "-U", SUPERUSER, "--auth=scram-sha-256",
                "--pwfile=" + data.resolve(ServerSecret.FILE), "-E", "UTF8", "--locale=C", "--no-sync");
        Files.write(cluster.resolve("pg_hba.conf"), PASSWORD_ONLY, StandardCharsets.UTF_8);
    }

    /** True when the cluster's pg_hba.conf lets anyone in without a password (clusters of older profstd versions). */
    private boolean trustsAnyone() throws IOException {
        return Files.readAllLines(cluster.resolve("pg_hba.conf"), StandardCharsets.UTF_8).stream()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .anyMatch(l -> !l.matches("host\\s+all\\s+all\\s+127\\.0\\.0\\.1/32\\s+scram-sha-256"));
    }

    private void requirePassword(int port) throws IOException {
        Properties login = new Properties();
        login.setProperty("user", SUPERUSER);
        login.setProperty("password", secret);
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", login);
             Statement s = c.createStatement()) {
            s.execute("set password_encryption = 'scram-sha-256'");
            s.execute("alter role " + SUPERUSER + " password '" + secret + "'"); // base64url: no quote can occur
            Files.write(cluster.resolve("pg_hba.conf"), PASSWORD_ONLY, StandardCharsets.UTF_8);
            s.execute("select pg_reload_conf()");
        } catch (SQLException e) {
            throw new IOException("cannot switch the embedded database " + cluster + " to password authentication: "
                    + e.getMessage(), e);
        }
    }
}
