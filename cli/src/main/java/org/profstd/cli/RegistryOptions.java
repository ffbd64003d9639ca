package org.profstd.cli;

import java.nio.file.Path;
import org.profstd.registry.Registry;
import picocli.CommandLine.Option;

/** Where the registry lives, shared by every registry command: an embedded server's data folder, or a database URL. */
final class RegistryOptions {
    /** The environment variable naming an external registry database. */
    static final String DB_ENV = "PROFSTD_DB";

    @Option(names = "--data", paramLabel = "DIR",
            description = "Folder of the embedded registry database (default: ~/.profstd/data).")
    Path data;

    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = "An external PostgreSQL database instead (jdbc:postgresql://HOST:PORT/DB?user=...);"
                    + " default: the environment variable " + DB_ENV + ".")
    String db;

    /** Opens the registry these options name; the caller closes it. */
    Registry open() {
        String actor = System.getProperty("user.name", "unknown");
        String url = db != null ? db : data == null ? System.getenv(DB_ENV) : null;
        if (url != null && !url.isBlank()) {
            return Registry.external(url, actor);
        }
        Path folder = data != null ? data : Path.of(System.getProperty("user.home"), ".profstd", "data");
        return Registry.embedded(folder, actor);
    }
}
