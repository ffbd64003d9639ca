package org.profstd.registry.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedServerTest {
    @TempDir
    Path dir;

    @Test
    void keepsItsDataInTheNamedFolderAcrossRestarts() throws Exception {
        Path data = dir.resolve("data");
        try (EmbeddedServer server = EmbeddedServer.start(data)) {
            execute(server, "create table kept (word text)");
            execute(server, "insert into kept values ('стандарт')");
        }
        assertThat(data.resolve("pg/PG_VERSION")).exists();
        assertThat(data.resolve("pg/postmaster.pid")).doesNotExist();
        try (EmbeddedServer again = EmbeddedServer.start(data)) {
            assertThat(query(again, "select word from kept")).isEqualTo("стандарт");
        }
    }

    @Test
    void aSecondStartOnTheSameFolderJoinsTheRunningServerAndLeavesItRunning() throws Exception {
        Path data = dir.resolve("shared");
        try (EmbeddedServer first = EmbeddedServer.start(data)) {
            try (EmbeddedServer second = EmbeddedServer.start(data)) {
                assertThat(second.port()).isEqualTo(first.port());
            }
            assertThat(query(first, "select 'still serving'")).isEqualTo("still serving");
        }
    }

    @Test
    void runsWithoutAnyCapabilityAndWithoutAnAccountOfItsOwn() throws Exception {
        Path data = dir.resolve("owner");
        try (EmbeddedServer server = EmbeddedServer.start(data)) {
            String pid = Files.readAllLines(data.resolve("pg/postmaster.pid")).get(0).strip();
            int serverUid = (Integer) Files.getAttribute(Path.of("/proc", pid), "unix:uid");
            int me = (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid");
            assertThat(serverUid).as("the server runs as the account that runs profstd").isEqualTo(me);
            assertThat(Files.getAttribute(data.resolve("pg"), "unix:uid")).isEqualTo(me);
            List<String> status = Files.readAllLines(Path.of("/proc", pid, "status"));
            assertThat(status).contains("CapEff:\t0000000000000000", "CapPrm:\t0000000000000000",
                    "CapAmb:\t0000000000000000");
            if (me == 0) {
                assertThat(Files.readSymbolicLink(Path.of("/proc", pid, "ns", "user")))
                        .as("as root, the server runs in a user namespace of its own, as an unprivileged user there")
                        .isNotEqualTo(Files.readSymbolicLink(Path.of("/proc/self/ns/user")));
            }
            assertThat(query(server, "select current_setting('data_directory')"))
                    .isEqualTo(data.resolve("pg").toAbsolutePath().toString());
        }
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
}
