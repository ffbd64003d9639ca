package org.profstd.cli;

import java.util.concurrent.Callable;
import org.profstd.registry.Registry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code profstd link OLD_ID NEW_ID}. */
@Command(name = "link", mixinStandardHelpOptions = true,
        description = {"Declares that standard NEW_ID, published under a changed code, continues standard OLD_ID.",
                "Its editions join OLD_ID's history (the newest becomes current) and stay there on later ingests."})
final class LinkCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RegistryOptions registry;

    @Parameters(index = "0", paramLabel = "OLD_ID", description = "The earlier standard.")
    long earlier;

    @Parameters(index = "1", paramLabel = "NEW_ID", description = "The later standard, whose code changed.")
    long later;

    @Override
    public Integer call() {
        try (Registry open = registry.open()) {
            open.link(earlier, later);
        }
        spec.commandLine().getOut().printf("standard %d now continues standard %d%n", later, earlier);
        return Main.OK;
    }
}
