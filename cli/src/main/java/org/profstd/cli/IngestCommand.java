package org.profstd.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.profstd.registry.IngestReport;
import org.profstd.registry.IngestReport.StandardOutcome;
import org.profstd.registry.Registry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code profstd ingest PATH...}: stores documents in the registry, one transaction per document. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Reads documents and stores their standards in the registry, one transaction per document.",
                "Folders are read recursively. The same bytes again change nothing; a new edition of a known standard"
                        + " becomes current (by year, then version) and the older one is kept as superseded.",
                "A document that cannot be read changes nothing; the reason is printed and the exit code is 1."})
final class IngestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RegistryOptions registry;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Documents, or folders of documents.")
    List<Path> paths;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> files = files(paths);
        int exit = Main.OK;
        try (Registry open = registry.open()) {
            for (int i = 0; i < files.size(); i++) {
                IngestReport report = open.ingest(files.get(i));
                String position = "[" + (i + 1) + "/" + files.size() + "] ";
                if (report.status() == IngestReport.Status.REFUSED) {
                    err.println("profstd: " + position + files.get(i) + ": refused: " + report.message());
                    exit = Main.ERROR;
                } else {
                    out.println(position + files.get(i) + ": " + describe(report));
                }
                out.flush();
            }
        }
        return exit;
    }

    static String describe(IngestReport report) {
        if (report.status() == IngestReport.Status.UNCHANGED) {
            return "unchanged (already in the registry)";
        }
        StringBuilder sb = new StringBuilder("stored, " + report.standards().size() + " standard"
                + (report.standards().size() == 1 ? "" : "s"));
        for (StandardOutcome o : report.standards()) {
            sb.append(System.lineSeparator()).append("    standard ").append(o.standardId()).append(", edition ")
                    .append(o.editionId()).append(": ").append(label(o.outcome())).append(", ").append(o.status())
                    .append(" - ").append(o.title() == null ? "(no title)" : o.title());
        }
        return sb.toString();
    }

    private static String label(IngestReport.Outcome outcome) {
        return switch (outcome) {
            case NEW_STANDARD -> "new standard";
            case NEW_EDITION -> "new edition";
            case KNOWN_EDITION -> "edition already stored";
        };
    }

    /** The files named, folders expanded recursively in name order; a missing path is kept so ingest reports it. */
    static List<Path> files(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.isDirectory(p)) {
                files.add(p);
                continue;
            }
            try (Stream<Path> walk = Files.walk(p)) {
                walk.filter(Files::isRegularFile).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }
}
