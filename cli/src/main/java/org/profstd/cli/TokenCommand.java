package org.profstd.cli;

import java.util.concurrent.Callable;
import org.profstd.registry.Registry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code profstd token create NAME}: a bearer token for writes through the API. */
@Command(name = "token", mixinStandardHelpOptions = true, description = "Manages API tokens.",
        subcommands = TokenCommand.Create.class)
final class TokenCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = {"Creates a token for NAME and prints it once; only its hash is kept.",
                    "Send it as 'Authorization: Bearer TOKEN' with writes to the API."})
    static final class Create implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        RegistryOptions registryOptions;

        @Parameters(paramLabel = "NAME", description = "Who the token is for (shown in the audit log).")
        String name;

        @Override
        public Integer call() {
            try (Registry registry = registryOptions.open()) {
                spec.commandLine().getOut().println(registry.createToken(name));
            }
            return Main.OK;
        }
    }
}
