package org.profstd.registry;

import java.nio.file.Path;

/** A separate JVM that ingests one document into an external registry; the killed-ingest test starts and kills it. */
public final class IngestProcess {
    private IngestProcess() {
    }

    public static void main(String[] args) {
        try (Registry registry = Registry.external(args[0], "child")) {
            IngestReport report = registry.ingest(Path.of(args[1]));
            System.out.println("profstd: " + report.status());
        }
    }
}
