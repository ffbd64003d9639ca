package org.profstd.registry.server;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * A PostgreSQL server whose cluster lives in a folder the user names ({@code --data DIR}, cluster in {@code DIR/pg}),
 * so the registry survives restarts and a fresh machine needs nothing installed. The cluster is created on first use;
 * a server already running on the folder (another profstd process, or one left by a killed process) is reused and
 * left running; a server this object started is stopped by {@link #close()}. It listens on 127.0.0.1 only, with
 * trust authentication, like any embedded database.
 */
public final class EmbeddedServer implements AutoCloseable {
    private static final String SUPERUSER = "postgres";
    private static final int START_TIMEOUT_SECONDS = 60;

    private final Path cluster;
    private final Path bin;
    private final ServerAccount account;
    private final int port;
    private final boolean startedHere;

    private EmbeddedServer(Path cluster, Path bin, ServerAccount account, int port, boolean startedHere) {
        this.cluster = cluster;
        this.bin = bin;
        this.account = account;
        this.port = port;
        this.startedHere = startedHere;
    }

    /** Starts (or joins) the server of a data folder, creating the folder and its cluster when they do not exist. */
    public static EmbeddedServer start(Path dataDir) throws IOException {
        Path cluster = dataDir.toAbsolutePath().resolve("pg");
        Path bin = PostgresBinaries.bin();
        ServerAccount account = ServerAccount.forThisProcess();
        Integer running = runningPort(cluster);
        if (running != null) {
            return new EmbeddedServer(cluster, bin, account, running, false);
        }
        if (!Files.exists(cluster.resolve("PG_VERSION"))) {
            initialise(cluster, bin, account);
        }
        int port = freePort();
        String options = "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=''"
                + " -c fsync=on -c max_connections=50";
        exec(account, List.of(bin.resolve("pg_ctl").toString(), "start", "-w", "-t", String.valueOf(START_TIMEOUT_SECONDS),
                "-D", cluster.toString(), "-l", cluster.resolve("server.log").toString(), "-o", options), cluster);
        return new EmbeddedServer(cluster, bin, account, port, true);
    }

    /** The JDBC URL of the server's database, as the superuser (trusted on the loopback address only). */
    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=" + SUPERUSER;
    }

    public int port() {
        return port;
    }

    /** Stops the server if this object started it; a server it joined keeps serving its other clients. */
    @Override
    public void close() throws IOException {
        if (startedHere) {
            exec(account, List.of(bin.resolve("pg_ctl").toString(), "stop", "-w", "-m", "fast",
                    "-D", cluster.toString()), cluster);
        }
    }

    private static void initialise(Path cluster, Path bin, ServerAccount account) throws IOException {
        Files.createDirectories(cluster.getParent());
        Files.createDirectories(cluster);
        Files.setPosixFilePermissions(cluster, PosixFilePermissions.fromString("rwx------"));
        account.own(cluster);
        exec(account, List.of(bin.resolve("initdb").toString(), "-D", cluster.toString(), "-U", SUPERUSER,
                "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"), cluster);
    }

    /** The port of a server already running on the cluster, read from its postmaster.pid, or null. */
    private static Integer runningPort(Path cluster) throws IOException {
        Path pid = cluster.resolve("postmaster.pid");
        if (!Files.isReadable(pid)) {
            return null;
        }
        List<String> lines = Files.readAllLines(pid, StandardCharsets.UTF_8);
        if (lines.size() < 4 || !lines.get(3).strip().matches("\\d+")) {
            return null;
        }
        int port = Integer.parseInt(lines.get(3).strip());
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return port;
        } catch (IOException notListening) {
            return null; // a stale file left by a server that died; postgres replaces it on start
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void exec(ServerAccount account, List<String> program, Path cluster) throws IOException {
        List<String> command = new ArrayList<>(account.command(program));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("LC_ALL", "C");
        builder.directory(Path.of("/").toFile()); // the server user may not be allowed into the current folder
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (process.waitFor() != 0) {
                throw new IOException("embedded PostgreSQL (" + cluster + "): " + Path.of(program.get(0)).getFileName()
                        + " " + program.get(1) + " failed: " + lastLines(output) + logTail(cluster));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running " + program.get(0), e);
        }
    }

    private static String logTail(Path cluster) {
        try {
            return " | log: " + lastLines(Files.readString(cluster.resolve("server.log"), StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException noLog) {
            return "";
        }
    }

    private static String lastLines(String text) {
        String[] lines = text.strip().split("\n");
        int from = Math.max(0, lines.length - 3);
        return String.join(" / ", java.util.Arrays.asList(lines).subList(from, lines.length));
    }
}
