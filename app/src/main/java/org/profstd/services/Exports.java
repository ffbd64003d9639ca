package org.profstd.services;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.profstd.export.CaseExport;
import org.profstd.export.CsvExport;
import org.profstd.json.CanonicalJson;
import org.profstd.model.ActKind;
import org.profstd.model.ActRef;
import org.profstd.model.LegalAct;
import org.profstd.model.Standard;
import org.profstd.read.registryxml.RegistryXmlLosses;
import org.profstd.read.registryxml.RegistryXmlWriter;
import org.profstd.registry.EditionSnapshot;
import org.profstd.registry.HistoryEntry;
import org.profstd.registry.Registry;
import org.profstd.registry.RegistryException;

/** An edition of the registry in the exchange formats of {@code profstd export}. */
public final class Exports {
    /** The formats, as named on the command line and in the API. */
    public static final List<String> FORMATS = List.of("json", "csv", "case", "registry-xml");
    private final Registry registry;

    public Exports(Registry registry) {
        this.registry = registry;
    }

    public Export export(long editionId, String format) {
        EditionSnapshot edition = registry.edition(editionId);
        Standard standard = edition.standard();
        String base = "edition-" + editionId;
        return switch (format == null ? "" : format) {
            case "json" -> new Export("application/json", base + ".json", utf8(json(standard)));
            case "csv" -> new Export("text/csv; charset=utf-8", base + ".csv", utf8(csv(standard)));
            case "case" -> new Export("application/json", base + ".case.json",
                    utf8(json(new CaseExport(null).toPackage(standard, act(edition)))));
            case "registry-xml" -> new Export("application/xml", base + ".xml",
                    RegistryXmlWriter.writeUtf8(List.of(carried(standard)), act(edition)));
            default -> throw new RegistryException(RegistryException.Kind.INVALID,
                    "unknown export format '" + format + "' (expected one of " + String.join(", ", FORMATS) + ")");
        };
    }

    /** The formats that carry everything of {@code standard}: registry XML is left out for a Kazakh standard. */
    public static List<String> formatsFor(Standard standard) {
        return RegistryXmlLosses.of(standard).isEmpty() ? FORMATS
                : FORMATS.stream().filter(f -> !f.equals("registry-xml")).toList();
    }

    /**
     * Refuses to turn a Kazakh standard into a Russian one silently, as {@code profstd export} does: the refusal
     * names every fact registry XML cannot carry.
     */
    private static Standard carried(Standard standard) {
        List<String> lost = RegistryXmlLosses.of(standard);
        if (lost.isEmpty()) {
            return standard;
        }
        throw new RegistryException(RegistryException.Kind.INVALID, "registry-xml cannot carry \"" + standard.title()
                + "\"" + (standard.code() == null ? "" : " (" + standard.code() + ")") + ", a Kazakh standard; it would"
                + " lose " + String.join("; ", lost) + ". Export Kazakh standards as json, csv or case");
    }

    /** The act that published the edition, as the registry recorded it. */
    private LegalAct act(EditionSnapshot edition) {
        return registry.history(edition.standardId()).stream()
                .filter(e -> e.editionId() == edition.editionId()).findFirst()
                .map(HistoryEntry::act).filter(a -> a != null && a.number() != null)
                .map(a -> new LegalAct(a.issuer(), a.number(), a.date(), ActKind.of(a.kind()), null,
                        a.amendsNumber() == null ? null : new ActRef(a.amendsNumber(), a.amendsDate())))
                .orElse(null);
    }

    private static String csv(Standard standard) {
        StringWriter out = new StringWriter();
        try {
            CsvExport.write(List.of(standard), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String json(Object node) {
        try {
            return CanonicalJson.mapper().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("export trees always serialise", e);
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
