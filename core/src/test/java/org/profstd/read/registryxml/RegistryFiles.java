package org.profstd.read.registryxml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.profstd.Corpus;
import org.profstd.model.Card;
import org.profstd.model.Item;
import org.profstd.model.LaborFunction;
import org.profstd.model.ParseResult;
import org.profstd.model.Span;
import org.profstd.model.Standard;
import org.profstd.model.Unit;
import org.profstd.parse.Standards;
import org.profstd.read.UnreadableDocumentException;

/** The registry exports of the corpus, and what the registry XML tests do with them. */
final class RegistryFiles {
    static final List<String> ALL = List.of("06.001-2013.xml", "06.001-2022.xml", "06.004-2014.xml", "06.024-2015.xml");

    private RegistryFiles() {
    }

    static byte[] bytes(String file) {
        try {
            return Files.readAllBytes(Corpus.file("ru-xml/" + file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String file) {
        return new String(bytes(file), StandardCharsets.UTF_8);
    }

    /** A real export through the front door, as {@code profstd parse} reads it. */
    static ParseResult parse(String file) {
        try {
            return Standards.parse(Corpus.file("ru-xml/" + file));
        } catch (UnreadableDocumentException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** Bytes that are not a corpus file (a changed copy of one) through the front door. */
    static ParseResult parse(String name, byte[] bytes) {
        try {
            return Standards.parse(name, bytes);
        } catch (UnreadableDocumentException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    static ParseResult parse(String name, String xml) {
        return parse(name, xml.getBytes(StandardCharsets.UTF_8));
    }

    /** The line of the export laid out one element per line (as items point to it) that holds a fragment first. */
    static int lineOf(String xml, String fragment) {
        List<String> lines = RegistryXmlReader.lines(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(fragment)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line holds " + fragment);
    }

    static Standard only(ParseResult result) {
        if (result.standards().size() != 1) {
            throw new AssertionError("expected one standard, got " + result.standards().size());
        }
        return result.standards().get(0);
    }

    static Card card(Standard standard, String code) {
        return standard.cards().stream().filter(c -> code.equals(c.code())).findFirst()
                .orElseThrow(() -> new AssertionError("no card " + code));
    }

    /** The one unit of the labor function with that code. */
    static Unit unit(Standard standard, String functionCode) {
        LaborFunction function = standard.cards().stream().flatMap(c -> c.functions().stream())
                .filter(f -> functionCode.equals(f.code())).findFirst()
                .orElseThrow(() -> new AssertionError("no function " + functionCode));
        if (function.units().size() != 1) {
            throw new AssertionError(functionCode + " has " + function.units().size() + " units");
        }
        return function.units().get(0);
    }

    static List<String> texts(List<Item> items) {
        return items.stream().map(Item::text).toList();
    }

    /** The standard with every line number and span set to 1, to compare what was read regardless of where. */
    static Standard withoutLines(Standard s) {
        Span none = new Span(1, 1);
        return new Standard(s.title(), s.code(), s.registrationNumber(), s.jurisdiction(), s.language(), s.format(),
                s.version(), s.year(), s.reviewDate(), s.description(), s.activity(), s.purpose(), s.okedCodes(),
                s.okzCodes(), s.terms(), s.developers(), none,
                s.cards().stream().map(c -> new Card(c.name(), c.code(), c.groupCode(), c.level(), c.sublevel(),
                        c.altNames(), c.jobTitles(), c.goal(), c.education(), c.experience(), c.specialConditions(),
                        none, c.functions().stream().map(RegistryFiles::withoutLines).toList(),
                        c.personalCompetencies(), c.relatedProfessions())).toList());
    }

    private static LaborFunction withoutLines(LaborFunction f) {
        return new LaborFunction(f.name(), f.code(), f.kind(), f.units().stream().map(u -> new Unit(u.kind(), u.name(),
                u.recognition(), withoutLines(u.actions()), withoutLines(u.abilities()), withoutLines(u.knowledge())))
                .toList());
    }

    private static List<Item> withoutLines(List<Item> items) {
        return items.stream().map(i -> new Item(i.text(), 1)).toList();
    }
}
