package org.profstd.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.profstd.json.CanonicalJson;
import org.profstd.read.UnreadableDocumentException;
import org.profstd.search.CardMatch;
import org.profstd.search.Evidence;
import org.profstd.search.MatchReason;
import org.profstd.search.MatchResult;
import org.profstd.services.Matching;
import org.profstd.services.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code profstd match FILE|- [--limit N] [--format table|json]}. */
@Command(name = "match", mixinStandardHelpOptions = true,
        description = {"Finds the profession cards a CV or vacancy fits (text, DOCX, PDF or HTML; - reads standard input),"
                + " best first, with the share of each card's requirements the text evidences and the evidence."})
final class MatchCommand implements Callable<Integer> {
    enum Format { table, json }

    @Spec
    CommandSpec spec;

    @Mixin
    RegistryOptions registry;

    @Mixin
    SearchOptions search;

    @Parameters(index = "0", paramLabel = "FILE", description = "The CV or vacancy, or - for standard input.")
    String file;

    @Option(names = "--limit", defaultValue = "5", paramLabel = "N", description = "Cards to show (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws Exception {
        TextInput text = TextInput.read(file, System.in);
        String words;
        try {
            words = Matching.read(text.name(), text.bytes());
        } catch (UnreadableDocumentException e) {
            throw new UserFacingException(e.getMessage(), Main.ERROR);
        }
        if (limit < 1 || limit > Matching.MAX_LIMIT) {
            throw new UserFacingException("--limit must be 1-" + Matching.MAX_LIMIT + ", not " + limit,
                    Main.INVALID_INPUT);
        }
        MatchResult result;
        // the text is matched on the index as last committed while the registry starts; that answer stands when
        // bringing the index up to date changed nothing, and is made again otherwise
        AtomicReference<MatchResult> early = new AtomicReference<>();
        try (RegistryServices opened = search.open(registry, Duration.ZERO, spec.commandLine().getErr(),
                service -> early.set(service.match(words, limit)))) {
            Services services = opened.services();
            result = early.get() != null && !services.index().changedWhenOpened() ? early.get()
                    : services.matching().matchText(words, limit);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(CanonicalJson.mapper().writeValueAsString(result));
            return Main.OK;
        }
        int rank = 0;
        for (CardMatch m : result.matches()) {
            out.printf("%d. %s (level %s, card %s) of %s %s: score %.2f, coverage %.0f%%%n", ++rank, m.card().name(),
                    m.card().level() == null ? "-" : m.card().level(), m.card().id(),
                    m.standard().code() == null ? "" : m.standard().code(), m.standard().title(), m.score(),
                    m.coverage() * 100);
            printWhy(out, m.why());
            for (Evidence e : m.evidence()) {
                out.printf("   %-9s %.3f %s%n   %15s <- %s%s%n", e.kind(), e.weight(), e.requirement(), "", e.source(),
                        e.via().isEmpty() ? "" : "  (via " + String.join(", ", e.via()) + ")");
            }
        }
        if (result.matches().isEmpty()) {
            out.println("no card fits this text");
        }
        return Main.OK;
    }

    /** The score taken apart: what the requirements, the title and the name added, and the level's factor. */
    private static void printWhy(PrintWriter out, MatchReason why) {
        out.printf("   why: requirements %.3f + title %.3f + named %.3f, x level %.2f%s%n", why.requirements(),
                why.title() == null ? 0.0 : why.title().score(), why.named(), why.levelFactor(),
                why.level() == null ? "" : " (text suggests level " + why.level() + ")");
        if (why.title() != null) {
            out.printf("   title \"%s\" names \"%s\"%n", why.title().title(), why.title().name());
        }
        if (!why.tools().isEmpty()) {
            out.printf("   tools: %s%n", String.join(", ", why.tools()));
        }
    }
}
