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
import java.util.concurrent.Callable;
import org.profstd.export.CaseExport;
import org.profstd.export.CsvExport;
import org.profstd.read.registryxml.RegistryXmlWriter;
import org.profstd.json.CanonicalJson;
import org.profstd.model.ParseResult;
import org.profstd.model.Standard;
import org.profstd.parse.Standards;
import org.profstd.read.UnreadableDocumentException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code profstd export SOURCE --format json|csv|case|registry-xml [--out PATH]}. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the standards of a document in an exchange format.",
                "json: the canonical JSON; csv: one row per ability, knowledge item or labor action;",
                "case: a CASE 1.1 package per standard edition (an array of packages when the document holds several);",
                "registry-xml: the Russian registry's XML export format."})
final class ExportCommand implements Callable<Integer> {
    enum Format { json, csv, case_, registry_xml }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SOURCE", description = "A document file.")
    Path source;

    @Option(names = "--format", required = true, converter = FormatConverter.class,
            description = "json, csv, case or registry-xml.")
    Format format;

    @Option(names = "--out", paramLabel = "PATH", description = "Write to this file instead of standard output.")
    Path out;

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
        ParseResult result;
        try {
            result = Standards.parse(source);
        } catch (UnreadableDocumentException e) {
            throw new UserFacingException(e.getMessage(), Main.ERROR);
        }
        try (Writer writer = open()) {
            switch (format) {
                case json -> writer.write(CanonicalJson.write(result) + "\n");
                case csv -> CsvExport.write(result.standards(), writer);
                case case_ -> writer.write(casePackages(result) + "\n");
                case registry_xml -> writer.write(RegistryXmlWriter.write(result));
            }
        }
        return Main.OK;
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
