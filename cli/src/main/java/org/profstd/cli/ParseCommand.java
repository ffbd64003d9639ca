package org.profstd.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.profstd.json.CanonicalJson;
import org.profstd.model.ParseResult;
import org.profstd.parse.Standards;
import org.profstd.read.UnreadableDocumentException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code profstd parse FILE... [--format json|summary]}. */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = {"Reads professional standards from documents and prints what was read.",
                "json: the canonical JSON of each document (one JSON document per file, in the order given).",
                "summary: per standard, its cards with counts of functions, units and items, then the diagnostics."})
final class ParseCommand implements Callable<Integer> {
    enum Format { json, summary }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Documents to read (text, markdown, registry XML).")
    List<Path> files;

    @Option(names = "--format", defaultValue = "summary", description = "json or summary (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int exit = Main.OK;
        for (Path file : files) {
            ParseResult result;
            try {
                result = Standards.parse(file);
            } catch (UnreadableDocumentException e) {
                err.println("profstd: " + e.getMessage());
                exit = Main.ERROR;
                continue;
            }
            if (format == Format.json) {
                out.println(CanonicalJson.write(result));
            } else {
                new SummaryPrinter(out).print(result);
            }
        }
        return exit;
    }
}
