package org.profstd.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.profstd.services.Matching;
import org.profstd.services.Services;
import org.profstd.solr.batch.BatchMatch;
import org.profstd.solr.batch.MatchOutput;
import org.profstd.solr.batch.PostingInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code profstd match-batch INPUT --out FILE.jsonl [--parallel N] [--limit N]}. */
@Command(name = "match-batch", mixinStandardHelpOptions = true,
        description = {"Matches many postings (vacancies or CVs) against every card: a folder of documents (text, DOCX,"
                + " PDF, HTML) or a JSON Lines file of {\"id\": ..., \"text\": ...}. Writes one JSON line per posting,"
                + " {\"id\": ..., \"matches\": [...]} as match --format json prints them, to --out.",
                "Run it again after a kill to resume: postings the output already holds are skipped. Prints the"
                        + " throughput in postings per second at the end."})
final class MatchBatchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RegistryOptions registry;

    @Mixin
    SearchOptions search;

    @Parameters(index = "0", paramLabel = "INPUT", description = "A folder of postings or a JSON Lines file.")
    Path input;

    @Option(names = "--out", required = true, paramLabel = "FILE.jsonl", description = "The output, appended to.")
    Path out;

    @Option(names = "--parallel", defaultValue = "1", paramLabel = "N",
            description = "Postings matched at a time (default: ${DEFAULT-VALUE}).")
    int parallel;

    @Option(names = "--limit", defaultValue = "5", paramLabel = "N",
            description = "Cards per posting (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.exists(input)) {
            throw new UserFacingException("match-batch: no such file or folder: " + input, Main.INVALID_INPUT);
        }
        if (parallel < 1 || limit < 1 || limit > Matching.MAX_LIMIT) {
            throw new UserFacingException("match-batch needs a --parallel of 1 or more and a --limit of 1-"
                    + Matching.MAX_LIMIT, Main.INVALID_INPUT);
        }
        if (Files.isDirectory(out)) {
            throw new UserFacingException("match-batch: --out " + out + " is a folder; name a file", Main.INVALID_INPUT);
        }
        try (RegistryServices opened = search.open(registry, err); MatchOutput output = MatchOutput.open(out)) {
            Services services = opened.services();
            Matching matching = services.matching();
            PostingInput postings = new PostingInput(input, Matching::read);
            BarProgress bar = new BarProgress(err);
            BatchMatch.Outcome outcome = new BatchMatch(services.search(), limit, parallel)
                    .run(postings, output, bar::matched, problem -> bar.problem("skipped " + problem));
            bar.end();
            err.printf("profstd: matched %d postings in %.1f s: %.1f postings/s (%d parallel)%s%s%n",
                    outcome.matched(), outcome.millis() / 1000.0, outcome.perSecond(), parallel,
                    outcome.skipped() == 0 ? "" : "; " + outcome.skipped() + " already in " + out,
                    outcome.unreadable() == 0 ? "" : "; " + outcome.unreadable() + " unreadable");
            err.flush();
        }
        return Main.OK;
    }

    /** A bar redrawn in place on a terminal; on a log, a line every tenth of the way. */
    private static final class BarProgress {
        private static final int WIDTH = 30;
        private final PrintWriter err;
        private final boolean terminal = System.console() != null;
        private int shownTenth = -1;
        private boolean drawn;

        BarProgress(PrintWriter err) {
            this.err = err;
        }

        synchronized void matched(int done, int total) {
            if (terminal) {
                int filled = total == 0 ? WIDTH : Math.min(WIDTH, done * WIDTH / total);
                err.printf("\rprofstd: matching [%s%s] %d/%d postings", "#".repeat(filled), " ".repeat(WIDTH - filled),
                        done, total);
                drawn = true;
            } else {
                int tenth = total == 0 ? 10 : done * 10 / total;
                if (tenth == shownTenth) {
                    return;
                }
                shownTenth = tenth;
                err.printf("profstd: matching: %d/%d postings%n", done, total);
            }
            err.flush();
        }

        synchronized void problem(String message) {
            err.printf("%sprofstd: %s%n", drawn ? "\n" : "", message);
            drawn = false;
            err.flush();
        }

        synchronized void end() {
            if (drawn) {
                err.println();
            }
        }
    }
}
