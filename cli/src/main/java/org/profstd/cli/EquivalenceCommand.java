package org.profstd.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.profstd.analysis.equivalence.Equivalence;
import org.profstd.analysis.equivalence.EquivalenceFinder;
import org.profstd.analysis.equivalence.EquivalenceText;
import org.profstd.analysis.equivalence.StandardPair;
import org.profstd.json.CanonicalJson;
import org.profstd.model.ParseResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code profstd equivalence A B [--standard TITLE_OR_CODE] [--format text|json]}. */
@Command(name = "equivalence", mixinStandardHelpOptions = true,
        description = {"Pairs the profession cards of a Kazakh standard with the generalized labor functions of a"
                + " Russian standard for the same occupation (by content, and by occupation codes sharing ISCO-08"
                + " unit groups): for each pair the shared and the missing functions and requirements both ways, and"
                + " the correspondence of levels (KZ 1-8 beside RU 1-9). An unrelated pair is said to be unrelated.",
                "The two documents come in either order; when one holds several standards, --standard names the one"
                        + " to compare, else the one sharing the most functions with the other is taken."})
final class EquivalenceCommand implements Callable<Integer> {
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "A", description = "A document holding a KZ or an RU standard.")
    Path first;

    @Parameters(index = "1", paramLabel = "B", description = "A document holding a standard of the other country.")
    Path second;

    @Option(names = "--standard", paramLabel = "TITLE_OR_CODE",
            description = "The standard to compare when a document holds several (its title or code).")
    String standard;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws Exception {
        ParseResult a = Documents.read(first);
        ParseResult b = Documents.read(second);
        Equivalence equivalence;
        try {
            StandardPair pair = StandardPair.choose(a, b, standard);
            equivalence = EquivalenceFinder.compare(pair.kzFile(), pair.kz(), pair.ruFile(), pair.ru());
        } catch (IllegalArgumentException e) {
            throw new UserFacingException(e.getMessage(), Main.INVALID_INPUT);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(CanonicalJson.mapper().writeValueAsString(equivalence));
        } else {
            EquivalenceText.print(equivalence, out);
        }
        return Main.OK;
    }
}
