package org.profstd.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.profstd.registry.Registry;
import org.profstd.search.SearchService;
import org.profstd.search.eval.RelevanceReport;
import org.profstd.services.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code profstd relevance [--set DIR] [--corpus DIR]}: how well search and match rank, on a labelled set. */
@Command(name = "relevance", mixinStandardHelpOptions = true,
        description = {"Measures search and match on a labelled set (judgements.tsv and texts/): per query or text the"
                + " precision of the first " + RelevanceReport.K + " standards and the reciprocal rank of the first relevant"
                + " one, then the means (P@" + RelevanceReport.K + ", MRR).",
                "Over the registry's index, or over the seeds of a corpus folder given by --corpus."})
final class RelevanceCommand implements Callable<Integer> {
    static final Path DEFAULT_SET = Path.of("search", "src", "test", "resources", "relevance");

    @Spec
    CommandSpec spec;

    @Mixin
    RegistryOptions registry;

    @Option(names = "--set", paramLabel = "DIR",
            description = "The labelled set (default: ${DEFAULT-VALUE} of the source tree).")
    Path set = DEFAULT_SET;

    @Option(names = "--corpus", paramLabel = "DIR", description = "Index the seeds of this corpus instead of the registry.")
    Path corpus;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(set.resolve("judgements.tsv"))) {
            throw new UserFacingException(set + " holds no judgements.tsv (name the labelled set with --set DIR)",
                    Main.INVALID_INPUT);
        }
        RelevanceReport.Summary summary;
        if (corpus != null) {
            try (SearchService service = RelevanceReport.indexCorpus(corpus)) {
                summary = new RelevanceReport(service, set).run();
            }
        } else {
            try (Registry open = registry.open(); Services services = registry.services(open, spec.commandLine().getErr())) {
                summary = new RelevanceReport(services.search(), set).run();
            }
        }
        // the report prints to a stream; the command's output is a writer (standard output, or a test's buffer)
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        RelevanceReport.print(summary, new PrintStream(report, true, StandardCharsets.UTF_8));
        spec.commandLine().getOut().print(report.toString(StandardCharsets.UTF_8));
        return Main.OK;
    }
}
