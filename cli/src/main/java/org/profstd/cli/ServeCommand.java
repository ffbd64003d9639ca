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
 * An empty registry is first loaded with the corpus ({@code --corpus}, {@code PROFSTD_CORPUS}, else
 * {@code ../shared/corpus} beside the checkout the jar was built in, else beside the current folder); an empty
 * registry with no corpus is served with a warning.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the web pages and the REST API (/api/v1, described at /api/openapi.json).",
                "An empty registry is first loaded with the corpus: --corpus, $PROFSTD_CORPUS, else ../shared/corpus"
                        + " beside the checkout (or the current folder) when it exists."})
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

    @Mixin
    SearchOptions searchOptions;

    @Option(names = "--port", defaultValue = "8080", description = "Port to listen on (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = WebConfig.LOOPBACK, paramLabel = "ADDRESS",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every"
                    + " interface).")
    String host;

    @Option(names = "--corpus", paramLabel = "DIR", description = "Corpus to load into an empty registry.")
    Path corpus;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        CountDownLatch stopped = new CountDownLatch(1);
        CountDownLatch released = new CountDownLatch(1);
        // SIGTERM or Ctrl+C: stop serving, then wait until the registry (and the database this process started) is
        // closed below, since the JVM ends as soon as its shutdown hooks return
        Thread atExit = new Thread(() -> {
            stopped.countDown();
            try {
                released.await(90, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "profstd-serve-stop");
        Runtime.getRuntime().addShutdownHook(atExit);
        try (RegistryServices opened = searchOptions.open(registryOptions, WRITER_WAIT, spec.commandLine().getErr())) {
            Registry registry = opened.registry();
            Services services = opened.services();
            Path source = corpusFolder();
            // one look at the registry: an empty one is loaded, and warned about when the corpus gave it nothing
            boolean empty = registry.isEmpty();
            List<IngestReport> loaded = empty ? services.load(source) : List.of();
            long stored = loaded.stream().filter(r -> r.status() == IngestReport.Status.STORED).count();
            if (!loaded.isEmpty()) {
                out.printf("profstd: loaded %d of %d documents of %s into the empty registry%n", stored, loaded.size(), source);
            }
            if (empty && stored == 0) {
                var err = spec.commandLine().getErr();
                err.printf("profstd: warning: the registry is empty and %s; the pages will show nothing until documents"
                        + " are loaded (./profstd ingest PATH..., or the page \"Read a document\")%n",
                        source == null ? "no corpus was found (give --corpus DIR or set " + CORPUS_ENV + ")"
                                : !Files.isDirectory(source) ? "the corpus " + source + " is not a folder"
                                : "the corpus " + source + " gave it no standard");
                err.flush();
            }
            services.follow(FOLLOW_INTERVAL);
            Javalin app = new WebServer(WebConfig.defaults(port).onHost(host), services).start();
            String shown = host.equals(WebConfig.LOOPBACK) ? "localhost" : host;
            out.printf("profstd: serving http://%s:%d/ (API: http://%s:%d/api/v1, press Ctrl+C to stop)%n",
                    shown, app.port(), shown, app.port());
            out.flush();
            try {
                stopped.await();
            } finally {
                app.stop();
            }
        } finally {
            released.countDown();
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
        Path besideCheckout = besideCheckout();
        if (besideCheckout != null && Files.isDirectory(besideCheckout)) {
            return besideCheckout;
        }
        Path beside = Path.of("..", "shared", "corpus");
        return Files.isDirectory(beside) ? beside : null;
    }

    /** {@code ../shared/corpus} from the checkout the jar was built in ({@code CHECKOUT/cli/target/profstd.jar}). */
    private static Path besideCheckout() {
        try {
            Path checkout = Path.of(ServeCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toAbsolutePath();
            for (int up = 0; up < 3 && checkout != null; up++) {
                checkout = checkout.getParent();
            }
            return checkout == null || checkout.getParent() == null ? null
                    : checkout.getParent().resolve("shared").resolve("corpus").normalize();
        } catch (java.net.URISyntaxException | SecurityException e) {
            return null;
        }
    }
}
