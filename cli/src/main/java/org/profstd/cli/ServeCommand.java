package org.profstd.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import io.javalin.Javalin;
import org.profstd.registry.IngestReport;
import org.profstd.registry.Registry;
import org.profstd.services.Services;
import org.profstd.web.WebConfig;
import org.profstd.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code profstd serve}: the registry's pages and REST API from one process, on the embedded database by default.
 * An empty registry is first loaded with the corpus ({@code PROFSTD_CORPUS}, else {@code ../shared/corpus}).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the web pages and the REST API (/api/v1, described at /api/openapi.json).",
                "An empty registry is first loaded with the corpus: $PROFSTD_CORPUS, else ../shared/corpus when it exists."})
final class ServeCommand implements Callable<Integer> {
    static final String CORPUS_ENV = "PROFSTD_CORPUS";
    /** A command that holds the index when the server starts lets go of it within moments. */
    private static final Duration WRITER_WAIT = Duration.ofSeconds(30);
    /** How often the server takes in what other processes changed in the registry. */
    private static final Duration FOLLOW_INTERVAL = Duration.ofSeconds(1);

    @Spec
    CommandSpec spec;

    @Mixin
    RegistryOptions registryOptions;

    @Option(names = "--port", defaultValue = "8080", description = "Port to listen on (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--corpus", paramLabel = "DIR", description = "Corpus to load into an empty registry.")
    Path corpus;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        try (Registry registry = registryOptions.open();
                Services services = registryOptions.services(registry, WRITER_WAIT, spec.commandLine().getErr())) {
            Path source = corpusFolder();
            List<IngestReport> loaded = services.loadIfEmpty(source);
            if (!loaded.isEmpty()) {
                long stored = loaded.stream().filter(r -> r.status() == IngestReport.Status.STORED).count();
                out.printf("profstd: loaded %d of %d documents of %s into the empty registry%n", stored, loaded.size(), source);
            }
            services.follow(FOLLOW_INTERVAL);
            Javalin app = new WebServer(WebConfig.defaults(port), services).start();
            out.printf("profstd: serving http://localhost:%d/ (API: http://localhost:%d/api/v1, press Ctrl+C to stop)%n",
                    app.port(), app.port());
            out.flush();
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                app.stop();
                stopped.countDown();
            }));
            stopped.await();
        }
        return Main.OK;
    }

    private Path corpusFolder() {
        if (corpus != null) {
            return corpus;
        }
        String env = System.getenv(CORPUS_ENV);
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        Path beside = Path.of("..", "shared", "corpus");
        return Files.isDirectory(beside) ? beside : null;
    }
}
