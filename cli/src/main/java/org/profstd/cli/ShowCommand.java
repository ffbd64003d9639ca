package org.profstd.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.profstd.json.CanonicalJson;
import org.profstd.model.Standard;
import org.profstd.registry.Registry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code profstd show ID [--format tree|json]}. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = {"Shows a standard's current edition.",
                "tree: cards, functions, units and items with the source line of each item, read from the registry's"
                        + " tables.",
                "json: the canonical JSON of the standard, as parse printed it."})
final class ShowCommand implements Callable<Integer> {
    enum Format { tree, json }

    @Spec
    CommandSpec spec;

    @Mixin
    RegistryOptions registry;

    @Parameters(paramLabel = "ID", description = "The standard's id (see list).")
    long id;

    @Option(names = "--format", defaultValue = "tree", description = "tree or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws JsonProcessingException {
        PrintWriter out = spec.commandLine().getOut();
        try (Registry open = registry.open()) {
            if (format == Format.json) {
                out.println(CanonicalJson.mapper().writeValueAsString(open.show(id)));
            } else {
                Standard standard = open.showFromTables(id);
                new TreePrinter(out).print(standard);
            }
        }
        return Main.OK;
    }
}
