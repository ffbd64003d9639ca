package org.profstd.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.profstd.registry.Registry;
import org.profstd.search.SearchService;
import org.profstd.search.eval.Posting;
import org.profstd.search.eval.PostingsReport;
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
                "With postings.tsv and postings/ in the set, match on the postings: top-1, top-3 and MRR for the tuning"
                + " and the test half, overall and per language (ru, kk, en).",
                "Over the registry's index, or over a corpus folder given by --corpus (the judgements over its seeds,"
                + " the postings over every document of it)."})
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
        boolean judgements = Files.isRegularFile(set.resolve("judgements.tsv"));
        boolean postings = Files.isRegularFile(set.resolve(Posting.FILE));
        if (!judgements && !postings) {
            throw new UserFacingException(set + " holds neither judgements.tsv nor " + Posting.FILE
                    + " (name the labelled set with --set DIR)", Main.INVALID_INPUT);
        }
        // the reports print to a stream; the command's output is a writer (standard output, or a test's buffer)
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(report, true, StandardCharsets.UTF_8);
        try {
            if (corpus != null) {
                if (judgements) {
                    try (SearchService service = RelevanceReport.indexCorpus(corpus)) {
                        RelevanceReport.print(new RelevanceReport(service, set).run(), out);
                    }
                }
                if (postings) {
                    try (SearchService service = RelevanceReport.indexWholeCorpus(corpus)) {
                        PostingsReport.print(new PostingsReport(service, set).run(), out);
                    }
                }
            } else {
                try (Registry open = registry.open(); Services services = registry.services(open, spec.commandLine().getErr())) {
                    if (judgements) {
                        RelevanceReport.print(new RelevanceReport(services.search(), set).run(), out);
                    }
                    if (postings) {
                        PostingsReport.print(new PostingsReport(services.search(), set).run(), out);
                    }
                }
            }
        } catch (IllegalArgumentException badLabels) {
            throw new UserFacingException(badLabels.getMessage(), Main.INVALID_INPUT);
        }
        spec.commandLine().getOut().print(report.toString(StandardCharsets.UTF_8));
        return Main.OK;
    }
}
