package org.profstd.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.IntFunction;
import org.profstd.analysis.check.AuthorCheck;
import org.profstd.analysis.check.CheckReport;
import org.profstd.analysis.check.CheckText;
import org.profstd.json.CanonicalJson;
import org.profstd.model.ParseResult;
import org.profstd.read.Decoding;
import org.profstd.read.FileFormat;
import org.profstd.read.SourceText;
import org.profstd.read.TextReader;
import org.profstd.read.registryxml.RegistryXmlReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code profstd check FILE [--format text|json]}. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Checks a draft standard against its template and prints what its author should correct,"
                + " line by line, in plain words: what the reader found irregular and the template rules the draft"
                + " breaks (fields present, levels in the framework, codes well formed, every function with skills,"
                + " every skill with abilities and knowledge).",
                "Exit code 0 when nothing is an error, 1 when something is."})
final class CheckCommand implements Callable<Integer> {
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The draft document.")
    Path file;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws Exception {
        ParseResult result = Documents.read(file);
        CheckReport report = AuthorCheck.check(result, lines());
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(CanonicalJson.mapper().writeValueAsString(report));
        } else {
            CheckText.print(report, out);
        }
        return report.counts().get("error") > 0 ? Main.ERROR : Main.OK;
    }

    /** The source lines, as the reader numbered them (registry XML one element per line), for quoting; none for formats read otherwise. */
    private IntFunction<String> lines() throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        FileFormat format = FileFormat.sniff(bytes);
        if (format.isXml()) {
            List<String> elements = RegistryXmlReader.lines(bytes);
            return n -> n >= 1 && n <= elements.size() ? elements.get(n - 1).strip() : null;
        }
        if (format != FileFormat.TEXT && format != FileFormat.MARKDOWN) {
            return null;
        }
        SourceText text = TextReader.read(file.getFileName().toString(), Decoding.decode(bytes));
        return n -> n >= 1 && n <= text.size() ? text.line(n).flatText() : null;
    }
}
