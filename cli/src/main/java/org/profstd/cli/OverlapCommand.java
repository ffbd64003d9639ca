package org.profstd.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.profstd.analysis.overlap.OverlapFinder;
import org.profstd.analysis.overlap.OverlapReport;
import org.profstd.analysis.overlap.OverlapText;
import org.profstd.json.CanonicalJson;
import org.profstd.model.ParseResult;
import org.profstd.model.Standard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code profstd overlap FILE... [--min-similarity X] [--format text|json]}. */
@Command(name = "overlap", mixinStandardHelpOptions = true,
        description = {"Finds near-duplicate functions, skills or tasks, and items across the standards of the"
                + " documents given (every standard of an order counts), and prints them as clusters."})
final class OverlapCommand implements Callable<Integer> {
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Documents holding the standards to compare.")
    List<Path> files;

    @Option(names = "--min-similarity", paramLabel = "X", defaultValue = "0.8",
            description = "How alike two texts must be, 0-1 (default: ${DEFAULT-VALUE}).")
    double minSimilarity;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws Exception {
        if (minSimilarity <= 0 || minSimilarity > 1) {
            throw new UserFacingException("--min-similarity must be above 0 and at most 1", Main.INVALID_INPUT);
        }
        List<OverlapFinder.Source> sources = new ArrayList<>();
        for (Path file : files) {
            ParseResult result = Documents.read(file);
            for (Standard s : result.standards()) {
                sources.add(new OverlapFinder.Source(result.source().file(), s));
            }
        }
        OverlapReport report = OverlapFinder.find(sources, minSimilarity);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(CanonicalJson.mapper().writeValueAsString(report));
        } else {
            OverlapText.print(report, out);
        }
        return Main.OK;
    }
}
