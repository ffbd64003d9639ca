package org.profstd.registry.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several processes on one data folder: none stops the server under another; the last to leave stops it. */
class SharedFolderTest {
    @TempDir
    Path dir;

    @Test
    void aProcessThatStartedTheServerLeavesItRunningForAnotherProcessThenTheLastStopsIt() throws Exception {
        Path data = dir.resolve("data");
        try (Child starter = Child.start(data)) {
            EmbeddedServer joined = EmbeddedServer.start(data);
            assertThat(joined.port()).isEqualTo(starter.port);
            long postmaster = postmasterPid(data);
            starter.closeAndWait();
            assertThat(query(joined, "select 'still serving'")).isEqualTo("still serving");
            joined.close();
            assertStopped(data, postmaster);
        }
    }

    @Test
    void aProcessThatJoinedLeavesWithoutStoppingTheServerOfTheProcessThatStartedIt() throws Exception {
        Path data = dir.resolve("data");
        try (EmbeddedServer started = EmbeddedServer.start(data); Child joiner = Child.start(data)) {
            assertThat(joiner.port).isEqualTo(started.port());
            joiner.closeAndWait();
            assertThat(query(started, "select 'still serving'")).isEqualTo("still serving");
        }
    }

    @Test
    void sigtermToAProcessStopsTheServerItStarted() throws Exception {
        Path data = dir.resolve("data");
        try (Child child = Child.start(data)) {
            long postmaster = postmasterPid(data);
            child.process.destroy(); // SIGTERM
            assertThat(child.process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertStopped(data, postmaster);
        }
    }

    @Test
    void aStalePidFileWhosePortAnotherClusterUsesIsNotJoined() throws Exception {
        Path mine = dir.resolve("mine");
        try (EmbeddedServer server = EmbeddedServer.start(mine)) {
            execute(server, "create table kept (word text)");
        }
        try (EmbeddedServer other = EmbeddedServer.start(dir.resolve("other"))) {
            Path cluster = mine.resolve("pg").toAbsolutePath();
            // left by a server that died with the machine: its pid now names another program, its port another cluster
            Files.write(cluster.resolve("postmaster.pid"), List.of(String.valueOf(ProcessHandle.current().pid()),
                    cluster.toString(), "1700000000", String.valueOf(other.port()), "", "127.0.0.1", "0 0", "ready"));
            try (EmbeddedServer again = EmbeddedServer.start(mine)) {
                assertThat(again.port()).isNotEqualTo(other.port());
                assertThat(query(again, "select count(*) from kept")).isEqualTo("0");
            }
        }
    }

    private static long postmasterPid(Path data) throws Exception {
        return Long.parseLong(Files.readAllLines(data.resolve("pg/postmaster.pid")).get(0).strip());
    }

    private static void assertStopped(Path data, long postmaster) throws Exception {
        for (int i = 0; i < 100 && ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false); i++) {
            Thread.sleep(100);
        }
        assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false))
                .as("the server process has ended").isFalse();
        assertThat(data.resolve("pg/postmaster.pid")).doesNotExist();
    }

    private static void execute(EmbeddedServer server, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl()); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String query(EmbeddedServer server, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl()); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** A {@link FolderUser} in its own JVM. */
    private static final class Child implements AutoCloseable {
        final Process process;
        final BufferedReader out;
        final int port;

        private Child(Process process, BufferedReader out, int port) {
            this.process = process;
            this.out = out;
            this.port = port;
        }

        static Child start(Path data) throws Exception {
            Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), FolderUser.class.getName(), data.toString()))
                    .redirectErrorStream(true).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            StringBuilder seen = new StringBuilder();
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("port ")) {
                    return new Child(p, out, Integer.parseInt(line.substring(5)));
                }
                seen.append(line).append('\n');
            }
            p.destroyForcibly();
            throw new AssertionError("the child did not start its server: " + seen);
        }

        void closeAndWait() throws Exception {
            PrintWriter in = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
            in.println("close");
            assertThat(out.readLine()).isEqualTo("closed");
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }

        @Override
        public void close() {
            process.destroyForcibly();
        }
    }
}
