package org.profstd.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.profstd.analysis.diff.DiffHtml;
import org.profstd.analysis.diff.DiffText;
import org.profstd.analysis.diff.EditionDiff;
import org.profstd.analysis.diff.EditionDiffer;
import org.profstd.json.CanonicalJson;
import org.profstd.model.ParseResult;
import org.profstd.model.Standard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code profstd diff OLD NEW [--standard TITLE_OR_CODE] [--format text|json|html]}. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Compares two editions of a standard card by card, function by function, unit by unit and item"
                + " by item: added, removed, moved, reworded (with similarity and changed words), level and code"
                + " changes. Editions of different template families compare (2017 tasks with 2023 skills).",
                "When a document holds several standards, the one with the other edition's code or title is taken,"
                        + " or the one named by --standard."})
final class DiffCommand implements Callable<Integer> {
    enum Format { text, json, html }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD", description = "The document of the older edition.")
    Path oldFile;

    @Parameters(index = "1", paramLabel = "NEW", description = "The document of the newer edition.")
    Path newFile;

    @Option(names = "--standard", paramLabel = "TITLE_OR_CODE",
            description = "The standard to compare, in both documents.")
    String standard;

    @Option(names = "--format", defaultValue = "text", description = "text, json or html (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws Exception {
        ParseResult oldDoc = Documents.read(oldFile);
        ParseResult newDoc = Documents.read(newFile);
        Standard[] pair = Documents.choosePair(oldDoc, newDoc, standard);
        EditionDiff diff = EditionDiffer.diff(oldDoc.source().file(), pair[0], newDoc.source().file(), pair[1]);
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case json -> out.println(CanonicalJson.mapper().writeValueAsString(diff));
            case html -> DiffHtml.print(diff, out);
            case text -> DiffText.print(diff, out);
        }
        return Main.OK;
    }
}
