package org.profstd.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.profstd.analysis.align.AlignText;
import org.profstd.analysis.align.LanguageAligner;
import org.profstd.analysis.align.LanguageAlignment;
import org.profstd.json.CanonicalJson;
import org.profstd.model.ParseResult;
import org.profstd.model.Standard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code profstd align A B [--standard TITLE_OR_CODE] [--format text|json]}. */
@Command(name = "align", mixinStandardHelpOptions = true,
        description = {"Aligns the Kazakh and the Russian text of a standard: pairs cards by occupation code and level,"
                + " then functions, units and items by position, anchors (numbers, codes, Latin terms) and a bilingual"
                + " lexicon learned from the pairs; reports what has no counterpart or a different count, and whether"
                + " the texts are one version or different versions."})
final class AlignCommand implements Callable<Integer> {
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "A", description = "The text in one language.")
    Path first;

    @Parameters(index = "1", paramLabel = "B", description = "The text in the other language.")
    Path second;

    @Option(names = "--standard", paramLabel = "TITLE_OR_CODE",
            description = "The standard to align when a document holds several (its title or code in that document).")
    String standard;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws Exception {
        ParseResult a = Documents.read(first);
        ParseResult b = Documents.read(second);
        Standard[] pair = Documents.chooseTranslation(a, b, standard);
        LanguageAlignment alignment = LanguageAligner.align(a.source().file(), pair[0], b.source().file(), pair[1]);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(CanonicalJson.mapper().writeValueAsString(alignment));
        } else {
            AlignText.print(alignment, out);
        }
        return Main.OK;
    }
}
