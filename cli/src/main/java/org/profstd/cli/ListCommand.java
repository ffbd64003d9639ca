package org.profstd.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.profstd.json.CanonicalJson;
import org.profstd.registry.Registry;
import org.profstd.registry.StandardSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code profstd list [--format table|json]}. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Lists the standards of the registry with their current edition, language, code and cards.")
final class ListCommand implements Callable<Integer> {
    enum Format { table, json }

    @Spec
    CommandSpec spec;

    @Mixin
    RegistryOptions registry;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws JsonProcessingException {
        PrintWriter out = spec.commandLine().getOut();
        List<StandardSummary> standards;
        try (Registry open = registry.open()) {
            standards = open.list();
        }
        if (format == Format.json) {
            out.println(CanonicalJson.mapper().writeValueAsString(Map.of("standards", standards)));
            return Main.OK;
        }
        out.printf("%5s  %-4s %-10s %-4s %-8s %-5s %-10s %5s  %s%n", "id", "jur", "code", "lang", "version", "year",
                "status", "cards", "title");
        for (StandardSummary s : standards) {
            out.printf("%5d  %-4s %-10s %-4s %-8s %-5s %-10s %5d  %s%n", s.id(), s.jurisdiction(), dash(s.code()),
                    dash(s.language()), dash(s.edition().version()), dash(s.edition().year()), s.edition().status(),
                    s.cards(), s.title() == null ? "(no title)" : s.title());
        }
        out.printf("%d standard%s%n", standards.size(), standards.size() == 1 ? "" : "s");
        return Main.OK;
    }

    private static String dash(Object value) {
        return value == null ? "-" : value.toString();
    }
}
