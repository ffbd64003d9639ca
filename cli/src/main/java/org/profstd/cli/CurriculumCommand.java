package org.profstd.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.profstd.analysis.curriculum.CoverageCsv;
import org.profstd.analysis.curriculum.CoverageHtml;
import org.profstd.analysis.curriculum.CoverageReport;
import org.profstd.analysis.curriculum.CoverageText;
import org.profstd.analysis.curriculum.CurriculumCoverage;
import org.profstd.analysis.curriculum.Discipline;
import org.profstd.analysis.curriculum.Programme;
import org.profstd.analysis.curriculum.ProgrammeReader;
import org.profstd.json.CanonicalJson;
import org.profstd.model.Card;
import org.profstd.model.ParseResult;
import org.profstd.model.Standard;
import org.profstd.read.PlainText;
import org.profstd.read.UnreadableDocumentException;
import org.profstd.registry.Registry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code profstd curriculum FILE... --standard DOC_OR_ID [--pick TITLE_OR_CODE] [--card N_OR_CODE] [--format ...]}. */
@Command(name = "curriculum", mixinStandardHelpOptions = true,
        description = {"Reads an educational programme (text, markdown, DOCX, PDF or HTML: disciplines or modules,"
                + " each with its learning outcomes or topics) and prints the matrix of disciplines and the labor"
                + " functions of a standard: which outcome covers which requirement, the coverage of every function,"
                + " and the functions no discipline covers."})
final class CurriculumCommand implements Callable<Integer> {
    enum Format { table, json, html, csv }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "The programme (several files are read as one).")
    List<Path> files;

    @Option(names = "--standard", required = true, paramLabel = "DOC_OR_ID",
            description = "A document holding the standard, or the id of a standard in the registry.")
    String standard;

    @Option(names = "--pick", paramLabel = "TITLE_OR_CODE",
            description = "The standard to take when the document holds several (an order).")
    String pick;

    @Option(names = "--card", paramLabel = "N_OR_CODE",
            description = "Cover one card only: its number in the standard (1, 2, ...), its code or its name.")
    String card;

    @Mixin
    RegistryOptions registryOptions;

    @Option(names = "--format", defaultValue = "table",
            description = "table, json, html or csv (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws Exception {
        Programme programme = programme();
        String[] file = new String[1];
        Standard chosen = standard(file);
        CoverageReport report = CurriculumCoverage.compute(file[0], chosen, programme, card(chosen));
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case json -> out.println(CanonicalJson.mapper().writeValueAsString(report));
            case html -> CoverageHtml.print(report, out);
            case csv -> CoverageCsv.print(report, out);
            case table -> CoverageText.print(report, out);
        }
        return Main.OK;
    }

    private Programme programme() {
        List<Discipline> disciplines = new ArrayList<>();
        String title = null;
        for (Path file : files) {
            TextInput input = TextInput.read(file.toString(), System.in);
            try {
                Programme p = ProgrammeReader.read(input.name(), PlainText.of(input.name(), input.bytes()));
                title = title == null ? p.title() : title;
                disciplines.addAll(p.disciplines());
            } catch (UnreadableDocumentException e) {
                throw new UserFacingException(e.getMessage(), Main.ERROR);
            } catch (IllegalArgumentException e) {
                throw new UserFacingException(e.getMessage(), Main.INVALID_INPUT);
            }
        }
        String names = String.join(", ", files.stream().map(f -> f.getFileName().toString()).toList());
        return new Programme(names, title, disciplines);
    }

    private Standard standard(String[] file) {
        boolean registryId = standard.chars().allMatch(Character::isDigit) && !Files.exists(Path.of(standard));
        if (registryId) {
            try (Registry registry = registryOptions.open()) {
                file[0] = "registry standard " + standard;
                return registry.show(Long.parseLong(standard));
            }
        }
        ParseResult document = Documents.read(Path.of(standard));
        file[0] = document.source().file();
        return Documents.choose(document, pick);
    }

    private Card card(Standard s) {
        if (card == null) {
            return null;
        }
        if (card.chars().allMatch(Character::isDigit)) {
            int n = Integer.parseInt(card);
            if (n >= 1 && n <= s.cards().size()) {
                return s.cards().get(n - 1);
            }
        }
        String wanted = card.strip().toLowerCase(Locale.ROOT);
        for (Card c : s.cards()) {
            if (c.code() != null && c.code().equalsIgnoreCase(wanted)
                    || c.name() != null && c.name().toLowerCase(Locale.ROOT).equals(wanted)) {
                return c;
            }
        }
        throw new UserFacingException("\"" + s.title() + "\" has no card " + card + "; give its number (1-"
                + s.cards().size() + "), its code or its name", Main.INVALID_INPUT);
    }
}
