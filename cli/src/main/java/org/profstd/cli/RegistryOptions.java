package org.profstd.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import org.profstd.registry.Registry;
import org.profstd.services.Services;
import picocli.CommandLine.Option;

/**
 * Where the registry and its search index live, shared by every registry command: an embedded server's data folder
 * (the index beside the cluster, in {@code DIR/index}), or a database URL with the index in a folder of its own.
 */
final class RegistryOptions {
    /** The environment variable naming an external registry database. */
    static final String DB_ENV = "PROFSTD_DB";

    @Option(names = "--data", paramLabel = "DIR",
            description = "Folder of the embedded registry database and its search index (default: ~/.profstd/data).")
    Path data;

    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = "An external PostgreSQL database instead (jdbc:postgresql://HOST:PORT/DB?user=...);"
                    + " default: the environment variable " + DB_ENV + ".")
    String db;

    @Option(names = "--index", paramLabel = "DIR",
            description = "Folder of the search index (default: DIR/index for --data, ~/.profstd/index/NAME for --db).")
    Path index;

    /** Opens the registry these options name; the caller closes it. */
    Registry open() {
        String actor = System.getProperty("user.name", "unknown");
        String url = externalUrl();
        if (url != null) {
            return Registry.external(url, actor);
        }
        return Registry.embedded(dataFolder(), actor);
    }

    /**
     * The services over an open registry, with the index of these options brought up to date; a rebuild shows its
     * progress on {@code err}.
     *
     * @param waitForWriter how long to wait for another process writing the index (a server waits, a command does not)
     */
    Services services(Registry registry, Duration waitForWriter, PrintWriter err) {
        return Services.open(registry, indexFolder(), waitForWriter, new TerminalProgress(err));
    }

    /** The services of a command: it reads an index another process writes rather than wait for it. */
    Services services(Registry registry, PrintWriter err) {
        return services(registry, Duration.ZERO, err);
    }

    Path indexFolder() {
        if (index != null) {
            return index;
        }
        String url = externalUrl();
        if (url == null) {
            return dataFolder().resolve("index");
        }
        return home().resolve("index").resolve(digest(url));
    }

    private String externalUrl() {
        String url = db != null ? db : data == null ? System.getenv(DB_ENV) : null;
        return url == null || url.isBlank() ? null : url;
    }

    private Path dataFolder() {
        return data != null ? data : home().resolve("data");
    }

    private static Path home() {
        return Path.of(System.getProperty("user.home"), ".profstd");
    }

    /** A folder name per database URL, so two external registries never share an index. */
    private static String digest(String url) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(url.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
