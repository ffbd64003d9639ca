package org.profstd.registry.server;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * The database superuser's password, kept in the data folder in a file only its owner can read (mode 600). The
 * server asks for it (SCRAM) on every connection, so no other account of the machine can use the database.
 */
final class ServerSecret {
    static final String FILE = "postgres.secret";

    private ServerSecret() {
    }

    /** The data folder's secret, made on first use. */
    static String of(Path dataDir) throws IOException {
        Path file = dataDir.resolve(FILE);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            create(file);
        }
        PrivateFolder.requireSecret(file);
        String secret = Files.readString(file, StandardCharsets.US_ASCII).strip();
        if (!secret.matches("[A-Za-z0-9_-]{32,}")) {
            throw new IOException(file + " does not hold a profstd database secret");
        }
        return secret;
    }

    private static void create(Path file) throws IOException {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        // created with mode 600 at once, so the secret is never readable by others, not even for a moment
        try (SeekableByteChannel out = Files.newByteChannel(file,
                Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))) {
            out.write(ByteBuffer.wrap((secret + "\n").getBytes(StandardCharsets.US_ASCII)));
        }
    }
}
