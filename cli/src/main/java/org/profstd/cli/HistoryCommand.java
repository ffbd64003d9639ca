package org.profstd.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.profstd.registry.HistoryEntry;
import org.profstd.registry.Registry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code profstd history ID}. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = "Lists every edition of a standard, oldest first, with its act, date, status and source document.")
final class HistoryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RegistryOptions registry;

    @Parameters(paramLabel = "ID", description = "The standard's id (see list).")
    long id;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<HistoryEntry> entries;
        try (Registry open = registry.open()) {
            entries = open.history(id);
        }
        for (HistoryEntry e : entries) {
            out.printf("edition %d  %s  version %s, %s, %s%s%n", e.editionId(), e.status(), dash(e.version()),
                    dash(e.year()), e.language(), e.statusReason() == null ? "" : " (" + e.statusReason() + ")");
            out.printf("    %s%s%n", e.title() == null ? "(no title)" : e.title(), e.code() == null ? "" : " (" + e.code() + ")");
            out.printf("    act: %s%n", act(e.act()));
            out.printf("    source: %s (sha256 %s), stored %s%n", e.documentFile(), e.documentSha256().substring(0, 12),
                    e.storedAt().toLocalDate());
        }
        return Main.OK;
    }

    private static String act(HistoryEntry.Act a) {
        if (a == null) {
            return "none named in the document";
        }
        return (a.kind() == null ? "order" : a.kind()) + " No " + a.number() + " of " + dash(a.date())
                + (a.issuer() == null ? "" : ", " + a.issuer())
                + (a.amendsNumber() == null ? "" : ", amends No " + a.amendsNumber() + " of " + dash(a.amendsDate()));
    }

    private static String dash(Object o) {
        return o == null ? "-" : o.toString();
    }
}
