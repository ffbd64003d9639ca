package org.profstd.cli;

import java.util.concurrent.Callable;
import org.profstd.registry.Registry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code profstd withdraw ID --reason TEXT}. */
@Command(name = "withdraw", mixinStandardHelpOptions = true,
        description = "Marks a standard's editions in force as withdrawn, with the reason. Nothing is deleted.")
final class WithdrawCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RegistryOptions registry;

    @Parameters(paramLabel = "ID", description = "The standard's id (see list).")
    long id;

    @Option(names = "--reason", required = true, description = "Why it is withdrawn (e.g. the cancelling order).")
    String reason;

    @Override
    public Integer call() {
        int withdrawn;
        try (Registry open = registry.open()) {
            withdrawn = open.withdraw(id, reason);
        }
        spec.commandLine().getOut().printf("standard %d withdrawn (%d edition%s): %s%n", id, withdrawn,
                withdrawn == 1 ? "" : "s", reason);
        return Main.OK;
    }
}
