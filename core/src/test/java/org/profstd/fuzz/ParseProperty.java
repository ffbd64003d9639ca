package org.profstd.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.profstd.concurrent.DaemonThreads;
import org.profstd.json.CanonicalJson;
import org.profstd.model.Card;
import org.profstd.model.Diagnostic;
import org.profstd.model.DiagnosticCode;
import org.profstd.model.Item;
import org.profstd.model.LaborFunction;
import org.profstd.model.ParseResult;
import org.profstd.model.Span;
import org.profstd.model.Standard;
import org.profstd.model.Unit;
import org.profstd.parse.Standards;
import org.profstd.read.FileFormat;
import org.profstd.read.Readers;
import org.profstd.read.SourceText;
import org.profstd.read.UnreadableDocumentException;
import org.profstd.read.registryxml.RegistryXmlReader;

/**
 * The property every fuzz target checks: whatever the bytes, {@link Standards#parse(String, byte[])} either returns a
 * result or refuses the document with an {@link UnreadableDocumentException}, and the result it returns is sound.
 *
 * <p>Sound means: at least one standard; no standard given up because its parser or mapper threw (the facade turns
 * such an exception into an error diagnostic so that users still get the rest of the document, but for a fuzzer that
 * diagnostic is the crash it is looking for); every line the result points to exists in the document; the canonical
 * JSON can be written and grows at most linearly with the input, so a small input cannot make the model explode.
 *
 * <p>An input that takes longer than {@link FuzzLimits#SECONDS_PER_INPUT} fails too: a hang is a finding.
 *
 * <p>When the property fails, the offending document is written to {@code target/fuzz-findings/} and its path is in
 * the failure message: a finding from a structured target is a document, not the fuzzer's raw bytes, so it can go
 * straight into {@code src/test/resources/must-not-crash/}.
 */
final class ParseProperty {
    /** JSON characters allowed per input byte, plus a fixed allowance for the skeleton of a tiny document. */
    private static final int JSON_PER_BYTE = 16;
    private static final int JSON_ALLOWANCE = 64 * 1024;
    private static final Path FINDINGS = Path.of("target", "fuzz-findings");
    /**
     * Parses on a thread of its own, so that an input that never finishes is reported as a finding, with its document
     * kept, in a plain build as well as when fuzzing (JUnit's {@code @Timeout} would cover a whole fuzzing run).
     */
    private static final ExecutorService WATCHDOG =
            Executors.newSingleThreadExecutor(DaemonThreads.named("fuzz-parse"));

    private ParseProperty() {
    }

    /** Parses the document and checks the property; any failure is an {@link AssertionError} or the escaped exception. */
    static void holds(String name, byte[] bytes) {
        Future<ParseResult> parsing = WATCHDOG.submit(() -> Standards.parse(name, bytes));
        ParseResult result;
        try {
            result = parsing.get(FuzzLimits.SECONDS_PER_INPUT, TimeUnit.SECONDS);
        } catch (TimeoutException hang) {
            parsing.cancel(true);
            throw new AssertionError(describe("no result after " + FuzzLimits.SECONDS_PER_INPUT + " s", name, bytes));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        } catch (ExecutionException e) {
            refusedOrEscaped(e.getCause(), name, bytes);
            return;
        }
        checkResult(result, name, bytes);
    }

    private static void refusedOrEscaped(Throwable thrown, String name, byte[] bytes) {
        if (thrown instanceof UnreadableDocumentException refused) {
            check(refused.getMessage() != null && !refused.getMessage().isBlank(), "refused without a reason", name, bytes);
            return;
        }
        if (thrown instanceof OutOfMemoryError oom) {
            throw oom; // memory is the fuzzer's to report, with its own limits
        }
        throw new AssertionError(describe("Standards.parse threw " + thrown, name, bytes), thrown);
    }

    private static void checkResult(ParseResult result, String name, byte[] bytes) {
        check(!result.standards().isEmpty(), "a result without a standard", name, bytes);
        for (Diagnostic d : result.diagnostics()) {
            check(d.code() != DiagnosticCode.PARSER_FAILED, "a parser threw: " + d.message(), name, bytes);
        }
        Bounds bounds = Bounds.of(bytes);
        int lineBound = bounds.lines();
        result.diagnostics().forEach(d -> checkLine(d.line(), 0, lineBound, "diagnostic", name, bytes));
        for (Standard standard : result.standards()) {
            checkSpan(standard.span(), lineBound, name, bytes);
            standard.cards().forEach(card -> checkCard(card, lineBound, name, bytes));
        }
        int json = CanonicalJson.write(result).length();
        check(json <= (long) JSON_PER_BYTE * bounds.size() + JSON_ALLOWANCE,
                "canonical JSON of " + json + " characters for " + bounds.size() + " bytes of text", name, bytes);
    }

    private static void checkCard(Card card, int lineBound, String name, byte[] bytes) {
        checkSpan(card.span(), lineBound, name, bytes);
        card.functions().stream().map(LaborFunction::units).flatMap(java.util.List::stream)
                .flatMap(ParseProperty::items)
                .forEach(item -> checkLine(item.line(), 1, lineBound, "item", name, bytes));
    }

    private static Stream<Item> items(Unit unit) {
        return Stream.of(unit.actions(), unit.abilities(), unit.knowledge()).flatMap(java.util.List::stream);
    }

    private static void checkSpan(Span span, int lineBound, String name, byte[] bytes) {
        if (span != null) {
            checkLine(span.startLine(), 1, lineBound, "span start", name, bytes);
            checkLine(span.endLine(), span.startLine(), lineBound, "span end", name, bytes);
        }
    }

    private static void checkLine(int line, int min, int max, String what, String name, byte[] bytes) {
        check(line >= min && line <= max, what + " at line " + line + ", outside " + min + ".." + max, name, bytes);
    }

    /**
     * How many lines a result may point to and how much text it may grow from. A text document bounds both by its
     * bytes. A DOCX or PDF is compressed and an HTML page makes lines of its blocks, not of its line breaks: their
     * bound is the text the reader makes of them, the lines the registry's source view shows; registry XML's, its
 * elements laid out one per line.
     */
    private record Bounds(int lines, long size) {
        static Bounds of(byte[] bytes) {
            FileFormat format = FileFormat.sniff(bytes);
            if (format == FileFormat.DOCX || format == FileFormat.ZIP || format == FileFormat.PDF
                    || format == FileFormat.HTML) {
                try {
                    SourceText text = Readers.read("bound", bytes, format);
                    return new Bounds(text.size(), Math.max(bytes.length, text.plainText().length()));
                } catch (UnreadableDocumentException e) {
                    throw new AssertionError("parsed, but its reader refuses it: " + e.getMessage(), e);
                }
            }
            if (format.isXml()) {
                // items point to the export laid out one element per line, the lines its source view shows
                return new Bounds(RegistryXmlReader.lines(bytes).size(), bytes.length);
            }
            return new Bounds(lineBound(bytes), bytes.length);
        }
    }

    /**
     * No reader can see more lines than the document has line-break bytes, plus one: in UTF-8, windows-1251 and
     * UTF-16 alike every CR or LF character holds a byte 0x0D or 0x0A.
     */
    static int lineBound(byte[] bytes) {
        int breaks = 0;
        for (byte b : bytes) {
            if (b == '\n' || b == '\r') {
                breaks++;
            }
        }
        return breaks + 1;
    }

    private static void check(boolean holds, String what, String name, byte[] bytes) {
        if (!holds) {
            throw new AssertionError(describe(what, name, bytes));
        }
    }

    private static String describe(String what, String name, byte[] bytes) {
        return what + " (document " + name + ", " + bytes.length + " bytes, kept as " + keep(name, bytes) + ")";
    }

    /** Writes the offending document where a developer can pick it up for the must-not-crash folder. */
    private static Path keep(String name, byte[] bytes) {
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.')) : ".bin";
        Path file = FINDINGS.resolve(Standards.sha256(bytes).substring(0, 16) + extension).toAbsolutePath();
        try {
            Files.createDirectories(FINDINGS);
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
