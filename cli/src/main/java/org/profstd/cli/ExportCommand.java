package org.profstd.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.profstd.model.ActRef;
import org.profstd.model.LegalAct;
import org.profstd.model.Source;
import org.profstd.registry.HistoryEntry;
import org.profstd.registry.Registry;
import org.profstd.registry.SourceView;
import org.profstd.registry.StandardSummary;
import org.profstd.export.CaseExport;
import org.profstd.export.CsvExport;
import org.profstd.read.registryxml.RegistryXmlLosses;
import org.profstd.read.registryxml.RegistryXmlWriter;
import org.profstd.json.CanonicalJson;
import org.profstd.model.ActKind;
import org.profstd.model.EditionStatus;
import org.profstd.model.ParseResult;
import org.profstd.model.Standard;
import org.profstd.parse.Standards;
import org.profstd.read.UnreadableDocumentException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code profstd export SOURCE|--all --format json|csv|case|registry-xml [--out PATH]}: a document, or the registry. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the standards of a document in an exchange format.",
                "json: the canonical JSON; csv: one row per ability, knowledge item or labor action;",
                "case: a CASE 1.1 package per standard edition (an array of packages when the document holds several);",
                "registry-xml: the Russian registry's XML export format. It cannot carry a Kazakh standard whole"
                        + " (jurisdiction, occupation codes, version, tasks and skills): such an export is refused,"
                        + " or, with --allow-loss, written with what was lost listed on standard error."})
final class ExportCommand implements Callable<Integer> {
    enum Format { json, csv, case_, registry_xml }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SOURCE",
            description = "A document file, or the id of a standard in the registry (its current edition).")
    String source;

    @Option(names = "--all", description = "Every standard of the registry, each as its current edition.")
    boolean all;

    @picocli.CommandLine.Mixin
    RegistryOptions registryOptions;

    @Option(names = "--format", required = true, converter = FormatConverter.class,
            description = "json, csv, case or registry-xml.")
    Format format;

    @Option(names = "--out", paramLabel = "PATH", description = "Write to this file instead of standard output.")
    Path out;

    @Option(names = "--allow-loss",
            description = "registry-xml: write Kazakh standards too, listing on standard error what they lose.")
    boolean allowLoss;

    @Option(names = "--base-uri", paramLabel = "URI",
            description = "case: prefix of every object's uri (default: urn:uuid: identifiers).")
    String baseUri;

    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            return switch (value) {
                case "json" -> Format.json;
                case "csv" -> Format.csv;
                case "case" -> Format.case_;
                case "registry-xml" -> Format.registry_xml;
                default -> throw new picocli.CommandLine.TypeConversionException(
                        "unknown format '" + value + "' (expected json, csv, case or registry-xml)");
            };
        }
    }

    @Override
    public Integer call() throws IOException {
        if (all == (source != null)) {
            throw new UserFacingException("name a document or a standard id, or give --all", Main.INVALID_INPUT);
        }
        List<ParseResult> results = all || isRegistryId(source) ? fromRegistry() : List.of(fromDocument(Path.of(source)));
        List<Standard> standards = results.stream().flatMap(r -> r.standards().stream()).toList();
        LegalAct act = results.size() == 1 ? results.get(0).act() : null;
        if (format == Format.registry_xml) {
            checkRegistryXmlCarries(standards);
        }
        try (Writer writer = open()) {
            switch (format) {
                case json -> writer.write((results.size() == 1 && !all ? CanonicalJson.write(results.get(0))
                        : CanonicalJson.mapper().writeValueAsString(results)) + "\n");
                case csv -> CsvExport.write(standards, writer);
                case case_ -> writer.write(casePackages(new ParseResult(results.get(0).source(), act, standards,
                        List.of())) + "\n");
                case registry_xml -> writer.write(RegistryXmlWriter.write(standards, act));
            }
        }
        return Main.OK;
    }

    /**
     * Refuses to turn a Kazakh standard into a Russian one silently: without --allow-loss the export stops before
     * writing anything; with it, what each standard loses goes to standard error and the export goes on.
     */
    private void checkRegistryXmlCarries(List<Standard> standards) {
        StringBuilder report = new StringBuilder();
        for (Standard s : standards) {
            List<String> lost = RegistryXmlLosses.of(s);
            if (!lost.isEmpty()) {
                // the failure handler prefixes the first line of a refusal with "profstd: " itself
                String prefix = allowLoss ? "profstd: warning: " : report.length() == 0 ? "" : "profstd: ";
                report.append(prefix).append("registry-xml cannot carry \"")
                        .append(s.title()).append("\"").append(s.code() == null ? "" : " (" + s.code() + ")")
                        .append(", a Kazakh standard; it would lose:\n");
                lost.forEach(l -> report.append("  - ").append(l).append("\n"));
            }
        }
        if (report.length() == 0) {
            return;
        }
        if (!allowLoss) {
            throw new UserFacingException(report + "nothing was written; export Kazakh standards as json, csv or case,"
                    + " or give --allow-loss to write registry XML anyway", Main.INVALID_INPUT);
        }
        PrintWriter err = spec.commandLine().getErr();
        err.print(report);
        err.flush();
    }

    private static boolean isRegistryId(String source) {
        return source.chars().allMatch(Character::isDigit) && !Files.exists(Path.of(source));
    }

    private static ParseResult fromDocument(Path file) {
        try {
            return Standards.parse(file);
        } catch (UnreadableDocumentException e) {
            throw new UserFacingException(e.getMessage(), Main.ERROR);
        }
    }

    /**
     * The current edition of one standard, or of every standard, each in the shape parsing its document gave: the
     * canonical JSON with the document it was read from.
     */
    private List<ParseResult> fromRegistry() {
        try (Registry registry = registryOptions.open()) {
            List<Long> ids = all ? registry.list().stream().map(StandardSummary::id).toList()
                    : List.of(Long.parseLong(source));
            List<ParseResult> results = new ArrayList<>();
            for (long id : ids) {
                Standard standard = registry.show(id);
                List<HistoryEntry> history = registry.history(id);
                HistoryEntry shown = history.stream().filter(e -> EditionStatus.CURRENT.value().equals(e.status()))
                        .reduce((x, y) -> y)
                        .orElse(history.get(history.size() - 1));
                SourceView view = registry.source(shown.editionId());
                Source origin = new Source(view.file(), shown.documentSha256(), view.format(), standard.language());
                results.add(new ParseResult(origin, act(shown), List.of(standard), List.of()));
            }
            return results;
        }
    }

    private static LegalAct act(HistoryEntry e) {
        if (e.act() == null) {
            return null;
        }
        return new LegalAct(e.act().issuer(), e.act().number(), e.act().date(), ActKind.of(e.act().kind()), null,
                e.act().amendsNumber() == null ? null : new ActRef(e.act().amendsNumber(), e.act().amendsDate()));
    }

    private String casePackages(ParseResult result) throws IOException {
        CaseExport export = new CaseExport(baseUri);
        JsonNode node;
        if (result.standards().size() == 1) {
            node = export.toPackage(result.standards().get(0), result.act());
        } else {
            ArrayNode all = JsonNodeFactory.instance.arrayNode();
            for (Standard s : result.standards()) {
                all.add(export.toPackage(s, result.act()));
            }
            node = all;
        }
        return CanonicalJson.mapper().writeValueAsString(node);
    }

    private Writer open() throws IOException {
        if (out == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            return new Writer() {
                @Override
                public void write(char[] buf, int off, int len) {
                    stdout.write(buf, off, len);
                }

                @Override
                public void flush() {
                    stdout.flush();
                }

                @Override
                public void close() {
                    stdout.flush();
                }
            };
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8);
    }
}
