package org.profstd.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.profstd.registry.IngestReport;
import org.profstd.registry.Registry;
import org.profstd.services.Services;
import org.profstd.testkit.TestCorpus;
import org.profstd.web.WebConfig;
import org.profstd.web.WebServer;

/**
 * The site every browser test visits, started once for the test run: a real embedded registry holding the corpus
 * (all but one registry XML document, which the upload test adds), the web server on a free port, and Chromium.
 */
final class BrowserSite {
    /** Left out of the registry at start; uploading it adds a second source to the 688н edition of 06.024 (seed 003). */
    static final String UPLOADED = "06.024-2015.xml";
    private static BrowserSite site;

    final Registry registry;
    final Services services;
    final Javalin app;
    final Browser browser;
    private final Path data;

    private BrowserSite() throws IOException {
        data = Files.createTempDirectory("profstd-browser-registry");
        registry = Registry.embedded(data, "browser-test");
        services = Services.over(registry);
        for (Path file : corpusFiles()) {
            if (!file.getFileName().toString().equals(UPLOADED)) {
                IngestReport report = services.ingest(file);
                assertThat(report.status()).as(file.toString()).isEqualTo(IngestReport.Status.STORED);
            }
        }
        app = new WebServer(new WebConfig(0, 20L * 1024 * 1024, 100_000), services).start();
        browser = new Browser();
    }

    /** The site, started on first use and stopped when the test run ends. */
    static synchronized BrowserSite get() throws IOException {
        if (site == null) {
            site = new BrowserSite();
            Runtime.getRuntime().addShutdownHook(new Thread(site::close));
        }
        return site;
    }

    void open(String path) {
        browser.driver.get(url(path));
    }

    String url(String path) {
        return "http://localhost:" + app.port() + path;
    }

    private void close() {
        try {
            browser.close();
            app.stop();
            services.close();
            registry.close();
            try (Stream<Path> files = Files.walk(data)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path corpus(String... parts) {
        return TestCorpus.root().resolve(Path.of("", parts));
    }

    private static List<Path> corpusFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(corpus())) {
            return walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).sorted()
                    .toList();
        }
    }
}
