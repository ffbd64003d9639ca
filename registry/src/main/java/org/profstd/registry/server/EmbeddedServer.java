package org.profstd.registry.server;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A PostgreSQL server whose cluster lives in a folder the user names ({@code --data DIR}, cluster in {@code DIR/pg}),
 * so the registry survives restarts and a fresh machine needs nothing installed.
 *
 * <p>The database is private to the account that owns the folder: the folder is mode 700, the server listens on
 * 127.0.0.1 only and asks for the superuser's password (SCRAM) kept in {@code DIR/postgres.secret} (mode 600), and
 * its programs are this account's checked copy (see {@link PostgresBinaries}). Several profstd processes may use one
 * folder at once: the first starts the server, the others join it, and the last to leave stops it
 * (see {@link FolderLease}); a JVM that exits (SIGTERM included) leaves as well.
 *
 * <p>The cluster's lifecycle is kept here rather than in zonky's {@code EmbeddedPostgres}: that class initialises
 * clusters with trust authentication, makes its working folder writable by everyone, stops servers named by pid files
 * it finds in the shared temporary folder, locks the cluster for one process and always stops the server on close.
 */
public final class EmbeddedServer implements AutoCloseable {
    private static final String SUPERUSER = "postgres";
    /** Connections the server accepts from all its clients together; each process's pool takes at most a third. */
    static final int MAX_CONNECTIONS = 50;
    private static final Map<Path, Running> OPEN = new HashMap<>();

    private final Running running;
    private boolean closed;

    private EmbeddedServer(Running running) {
        this.running = running;
    }

    /** Starts (or joins) the server of a data folder, creating the folder and its cluster when they do not exist. */
    public static EmbeddedServer start(Path dataDir) throws IOException {
        Path data = PrivateFolder.create(dataDir);
        synchronized (OPEN) {
            Running r = OPEN.get(data);
            if (r == null) {
                r = Running.open(data);
                OPEN.put(data, r);
            }
            r.holders++;
            return new EmbeddedServer(r);
        }
    }

    /** The JDBC URL of the server's database; it carries the password, so it is never printed. */
    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + running.port + "/postgres?user=" + SUPERUSER
                + "&password=" + running.secret;
    }

    public int port() {
        return running.port;
    }

    /** Stops using the server; the last profstd process to leave it stops it. */
    @Override
    public void close() throws IOException {
        synchronized (OPEN) {
            if (closed) {
                return;
            }
            closed = true;
            if (--running.holders == 0) {
                OPEN.remove(running.data, running);
                running.leave(true);
            }
        }
    }

    /** The server of one data folder as this process uses it, shared by its {@link EmbeddedServer} handles. */
    private static final class Running {
        final Path data;
        final Path cluster;
        final Programs programs;
        final String secret;
        final FolderLease lease;
        final int port;
        final Thread atExit;
        int holders;
        boolean left;

        private Running(Path data, Programs programs, String secret, FolderLease lease, int port) {
            this.data = data;
            this.cluster = data.resolve("pg");
            this.programs = programs;
            this.secret = secret;
            this.lease = lease;
            this.port = port;
            this.atExit = new Thread(this::leaveAtExit, "profstd-postgres-lease");
            Runtime.getRuntime().addShutdownHook(atExit);
        }

        static Running open(Path data) throws IOException {
            Programs programs = Programs.in(PostgresBinaries.bin());
            String secret = ServerSecret.of(data);
            Path cluster = data.resolve("pg");
            try (FileChannel lifecycle = FolderLease.lifecycle(data)) {
                FolderLease lease = FolderLease.join(data);
                try {
                    var pid = PostmasterPid.read(cluster);
                    int port = pid.isPresent() && pid.get().serves(cluster)
                            ? pid.get().port()
                            : new ClusterStart(cluster, programs, secret).start(freePort());
                    return new Running(data, programs, secret, lease, port);
                } catch (IOException | RuntimeException e) {
                    lease.close();
                    throw e;
                }
            }
        }

        /** Leaves the server (once: the exit hook and a late close may both come here), stopping it if last. */
        void leave(boolean removeHook) throws IOException {
            if (left) {
                return;
            }
            left = true;
            if (removeHook) {
                try {
                    Runtime.getRuntime().removeShutdownHook(atExit);
                } catch (IllegalStateException shuttingDown) {
                    // the hook runs anyway and finds nothing left to do
                }
            }
            try (FileChannel lifecycle = FolderLease.lifecycle(data); lease) {
                if (lease.leaveAndCheckAlone()) {
                    var pid = PostmasterPid.read(cluster);
                    if (pid.isPresent() && pid.get().serves(cluster)) {
                        programs.run(cluster.resolve(ClusterStart.LOG), "pg_ctl", "stop", "-w", "-t", "60",
                                "-m", "fast", "-D", cluster.toString());
                    }
                }
            }
        }

        private void leaveAtExit() {
            synchronized (OPEN) {
                if (OPEN.get(data) != this) {
                    return;
                }
                OPEN.remove(data);
                try {
                    leave(false);
                } catch (IOException e) {
                    System.err.println("profstd: " + e.getMessage());
                }
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Hands a cluster made by an older profstd under another system account to this (root) process. */
    static void adopt(Path cluster) throws IOException {
        int me = PrivateFolder.myUid();
        if (PrivateFolder.uid(cluster) == me) {
            return;
        }
        if (me != 0) {
            PrivateFolder.requireMine(cluster); // refuses with the reason
        }
        try (Stream<Path> paths = Files.walk(cluster)) {
            for (Path p : paths.toList()) {
                Files.setAttribute(p, "unix:uid", me, LinkOption.NOFOLLOW_LINKS);
                Files.setAttribute(p, "unix:gid", 0, LinkOption.NOFOLLOW_LINKS);
            }
        }
    }
}
