package org.profstd.registry.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Folders only the account running profstd can change: where the database's programs, cluster and secret live.
 *
 * <p>Why: a folder another account can write lets that account plant a program the owner later runs, or replace the
 * secret. A folder counts as private when it and every file below it belong to this account and nobody else may write
 * them, and each folder above it belongs to this account or to root and is writable by nobody else (or is sticky, as
 * /tmp is, so others cannot replace what is not theirs).
 */
final class PrivateFolder {
    private static final int GROUP_OR_OTHER_WRITE = 0022;
    private static final int GROUP_OR_OTHER_ANY = 0077;
    private static final int STICKY = 01000;

    private PrivateFolder() {
    }

    /** The uid of this process. */
    static int myUid() throws IOException {
        return uid(Path.of("/proc/self"));
    }

    /** Creates the folder (mode 700) or tightens an existing one of this account to 700; refuses anybody else's. */
    static Path create(Path folder) throws IOException {
        Path dir = folder.toAbsolutePath().normalize();
        checkAncestors(dir.getParent());
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectories(dir);
        }
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(dir + " is not a folder");
        }
        requireMine(dir);
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        return dir;
    }

    /** Refuses a file or folder that is not this account's or that others may write (or, when secret, read). */
    static void requireMine(Path path) throws IOException {
        int owner = uid(path);
        if (owner != myUid()) {
            throw new IOException(path + " belongs to another account (uid " + owner + "); profstd runs as uid "
                    + myUid() + " and uses only folders of its own");
        }
        if ((mode(path) & GROUP_OR_OTHER_WRITE) != 0 && !Files.isSymbolicLink(path)) {
            throw new IOException(path + " may be changed by other accounts (mode "
                    + Integer.toOctalString(mode(path) & 07777) + ")");
        }
    }

    /** Refuses a secret that another account could read. */
    static void requireSecret(Path file) throws IOException {
        requireMine(file);
        if ((mode(file) & GROUP_OR_OTHER_ANY) != 0) {
            throw new IOException(file + " may be read by other accounts (mode "
                    + Integer.toOctalString(mode(file) & 07777) + "); it must be 600");
        }
    }

    /** Every folder above must be root's or this account's, and not replaceable by others. */
    static void checkAncestors(Path start) throws IOException {
        int me = myUid();
        for (Path p = start; p != null; p = p.getParent()) {
            if (!Files.exists(p)) {
                continue; // created below by this account
            }
            Path real = p.toRealPath();
            int owner = uid(real);
            int mode = mode(real);
            boolean trustedOwner = owner == 0 || owner == me;
            boolean othersCanReplace = (mode & GROUP_OR_OTHER_WRITE) != 0 && (mode & STICKY) == 0;
            if (!trustedOwner || othersCanReplace) {
                throw new IOException("the folder " + p + " can be changed by other accounts (owner uid " + owner
                        + ", mode " + Integer.toOctalString(mode & 07777) + "); choose a data folder below a private one");
            }
        }
    }

    static int uid(Path path) throws IOException {
        return ((Number) Files.getAttribute(path, "unix:uid", LinkOption.NOFOLLOW_LINKS)).intValue();
    }

    static int mode(Path path) throws IOException {
        return ((Number) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS)).intValue();
    }
}
