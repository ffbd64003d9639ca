package org.profstd.parse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.profstd.model.DiagnosticCode;
import org.profstd.model.Jurisdiction;
import org.profstd.model.Language;
import org.profstd.model.ParseResult;
import org.profstd.model.Source;
import org.profstd.model.Standard;
import org.profstd.read.Decoding;
import org.profstd.read.FileFormat;
import org.profstd.read.ReadLimits;
import org.profstd.read.Readers;
import org.profstd.read.SourceLine;
import org.profstd.read.SourceText;
import org.profstd.read.UnreadableDocumentException;
import org.profstd.read.registryxml.RegistryXmlReader;

/**
 * The front door of reading: a document in, its canonical model out.
 *
 * <pre>{@code ParseResult result = Standards.parse(Path.of("standard.txt"));}</pre>
 *
 * <p>A document that can be opened and holds at least one professional standard always gives a result, with
 * diagnostics for what was irregular. A document that cannot be opened, or is not a professional standard at all,
 * gives an {@link UnreadableDocumentException} with a one-line reason.
 */
public final class Standards {
    private Standards() {
    }

    public static ParseResult parse(Path file) throws UnreadableDocumentException {
        byte[] bytes;
        try {
            if (Files.size(file) > ReadLimits.MAX_FILE_BYTES) {
                throw new UnreadableDocumentException(file + ": the file has " + Files.size(file) + " bytes, more"
                        + " than the limit of " + ReadLimits.MAX_FILE_BYTES + "; it is refused");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UnreadableDocumentException("cannot read " + file + ": " + reason(e));
        }
        return parse(file.getFileName().toString(), bytes);
    }

    public static ParseResult parse(String name, byte[] bytes) throws UnreadableDocumentException {
        if (bytes.length == 0) {
            throw new UnreadableDocumentException(name + ": the file is empty");
        }
        FileFormat format = FileFormat.sniff(bytes);
        if (format.isXml()) {
            // the registry export is structured already and maps straight to the model; other XML is refused there
            return RegistryXmlReader.read(name, bytes, sha256(bytes));
        }
        return parse(Readers.read(name, bytes, format), sha256(bytes));
    }

    /**
     * A document read once: its parse, and the lines its line numbers refer to, which the registry stores beside the
     * bytes so that every fact can be shown in its original words.
     */
    public record Reading(ParseResult result, List<String> lines) {
        public Reading {
            lines = List.copyOf(lines);
        }
    }

    /** Reads a document once into its parse and its {@link #lines lines}: what an ingest needs of it. */
    public static Reading read(String name, byte[] bytes) throws UnreadableDocumentException {
        if (bytes.length == 0) {
            throw new UnreadableDocumentException(name + ": the file is empty");
        }
        FileFormat format = FileFormat.sniff(bytes);
        if (format.isXml()) {
            return new Reading(parse(name, bytes), RegistryXmlReader.lines(bytes));
        }
        if (!Readers.readsLines(format)) {
            return new Reading(parse(name, bytes), fileLines(bytes));
        }
        SourceText text = Readers.read(name, bytes, format);
        return new Reading(parse(text, sha256(bytes)), readerLines(text));
    }

    /**
     * The lines a parse of the document numbers, without parsing it: for text, markdown, DOCX, PDF and HTML the lines
     * the reader produced (a table row's cells joined by a TAB); for registry XML, which maps to the model without a
     * line reader, the file laid out one element per line, as its reader numbers them; for other files the lines of
     * the file; none for a document the reader refuses.
     */
    public static List<String> lines(String name, byte[] bytes) {
        FileFormat format = FileFormat.sniff(bytes);
        if (format.isXml()) {
            return RegistryXmlReader.lines(bytes);
        }
        if (!Readers.readsLines(format)) {
            return fileLines(bytes);
        }
        try {
            return readerLines(Readers.read(name, bytes, format));
        } catch (UnreadableDocumentException e) {
            return List.of();
        }
    }

    private static List<String> readerLines(SourceText text) {
        return text.lines().stream().map(SourceLine::raw).toList();
    }

    private static List<String> fileLines(byte[] bytes) {
        return List.of(Decoding.decode(bytes).split("\r\n|\r|\n", -1));
    }

    /** Parses text that a reader already produced. */
    public static ParseResult parse(SourceText text, String sha256) throws UnreadableDocumentException {
        Diagnostics diagnostics = new Diagnostics();
        Recognizer.Recognition recognition = Recognizer.recognize(text, diagnostics);
        if (recognition.segments().isEmpty()) {
            throw new UnreadableDocumentException(text.name() + ": not a professional standard"
                    + " (no template family recognised)");
        }
        List<Standard> standards = new ArrayList<>();
        for (Segment segment : recognition.segments()) {
            standards.add(parseSegment(text, segment, diagnostics));
        }
        Language language = recognition.segments().get(0).language();
        Source source = new Source(text.name(), sha256, text.format(), language);
        return new ParseResult(source, recognition.act(), standards, diagnostics.list());
    }

    /** Parses one segment; a parser bug on a strange document becomes an error diagnostic, not a crash. */
    private static Standard parseSegment(SourceText text, Segment segment, Diagnostics diagnostics) {
        try {
            return Parsers.forFamily(segment.family()).parse(text, segment, diagnostics);
        } catch (RuntimeException e) {
            diagnostics.add(DiagnosticCode.PARSER_FAILED.at(segment.startLine(),
                    "the " + segment.family().id() + " parser stopped at this standard: " + e));
            StandardDraft draft = new StandardDraft(segment,
                    segment.family() == Family.RU_MINTRUD ? Jurisdiction.RU : Jurisdiction.KZ);
            return draft.build();
        }
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    private static String reason(IOException e) {
        return e instanceof java.nio.file.NoSuchFileException ? "no such file" : String.valueOf(e.getMessage());
    }
}
