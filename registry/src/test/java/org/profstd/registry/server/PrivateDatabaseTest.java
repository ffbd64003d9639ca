package org.profstd.registry.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded database belongs to the account that runs profstd: no other account can log in or plant programs. */
class PrivateDatabaseTest {
    @TempDir
    Path dir;

    @Test
    void noConnectionWithoutTheSecretWhichOnlyTheOwnerCanRead() throws Exception {
        Path data = dir.resolve("data");
        try (EmbeddedServer server = EmbeddedServer.start(data)) {
            String url = "jdbc:postgresql://127.0.0.1:" + server.port() + "/postgres?user=postgres";
            assertThatThrownBy(() -> DriverManager.getConnection(url).close())
                    .isInstanceOf(SQLException.class).hasMessageContaining("password");
            assertThatThrownBy(() -> DriverManager.getConnection(url + "&password=guess").close())
                    .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
            try (Connection c = DriverManager.getConnection(server.jdbcUrl())) {
                assertThat(c.isValid(5)).isTrue();
            }
            assertThat(mode(data.resolve(ServerSecret.FILE))).isEqualTo("rw-------");
            assertThat(mode(data)).isEqualTo("rwx------");
            assertThat(Files.readAllLines(data.resolve("pg/pg_hba.conf"))).noneMatch(l -> l.contains("trust"));
        }
    }

    @Test
    void aClusterMadeWithTrustByAnOlderVersionIsSwitchedToThePassword() throws Exception {
        Path data = PrivateFolder.create(dir.resolve("old"));
        Programs.in(PostgresBinaries.bin()).run(null, "initdb", "-D", data.resolve("pg").toString(), "-U", "postgres",
                "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync");
        try (EmbeddedServer server = EmbeddedServer.start(data)) {
            String url = "jdbc:postgresql://127.0.0.1:" + server.port() + "/postgres?user=postgres";
            assertThatThrownBy(() -> DriverManager.getConnection(url).close()).isInstanceOf(SQLException.class);
            try (Connection c = DriverManager.getConnection(server.jdbcUrl())) {
                assertThat(c.isValid(5)).isTrue();
            }
        }
    }

    @Test
    void aSecretOthersCouldReadIsRefused() throws Exception {
        Path data = PrivateFolder.create(dir.resolve("leaky"));
        Files.writeString(data.resolve(ServerSecret.FILE), "x".repeat(43) + "\n");
        Files.setPosixFilePermissions(data.resolve(ServerSecret.FILE), PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> EmbeddedServer.start(data)).hasMessageContaining("may be read by other accounts");
    }

    @Test
    void theProgramsLiveInAPrivateFolderOfTheAccountNotInTheSharedTemporaryFolder() throws Exception {
        Path bin = PostgresBinaries.bin();
        Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toRealPath();
        assertThat(bin.toRealPath().startsWith(tmp)).isFalse();
        assertThat(bin.toRealPath().startsWith(Path.of(System.getProperty("user.home")).toRealPath())).isTrue();
        assertThat(mode(bin.getParent())).isEqualTo("rwx------");
        assertThat(mode(bin.getParent().getParent())).isEqualTo("rwx------");
    }

    @Test
    void aChangedOrPlantedProgramIsRefusedBeforeItRuns() throws Exception {
        Path home = dir.resolve("home/postgres");
        Path bin = PostgresBinaries.bin(home);
        Files.write(bin.resolve("pg_ctl"), "#!/bin/sh\n".getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);
        assertThatThrownBy(() -> PostgresBinaries.bin(home)).hasMessageContaining("differ from the archive")
                .hasMessageContaining("bin/pg_ctl");

        Path other = dir.resolve("other/postgres");
        Path clean = PostgresBinaries.bin(other);
        Files.writeString(clean.resolve("psql"), "#!/bin/sh\n");
        assertThatThrownBy(() -> PostgresBinaries.bin(other)).hasMessageContaining("bin/psql");
        Files.delete(clean.resolve("psql"));
        Files.setPosixFilePermissions(clean.resolve("postgres"), PosixFilePermissions.fromString("rwxrwxrwx"));
        assertThatThrownBy(() -> PostgresBinaries.bin(other)).hasMessageContaining("may be changed by other accounts");
    }

    @Test
    void aFolderOthersCanWriteIsNoPlaceForTheProgramsOrTheData() throws Exception {
        Path open = Files.createDirectory(dir.resolve("open"));
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxrwxrwx"));
        assertThatThrownBy(() -> PostgresBinaries.bin(open.resolve("home/postgres")))
                .hasMessageContaining("can be changed by other accounts");
        assertThatThrownBy(() -> EmbeddedServer.start(open.resolve("data")))
                .hasMessageContaining("can be changed by other accounts");
        assertThat(List.of(open.toFile().list())).isEmpty();
    }

    private static String mode(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }
}
