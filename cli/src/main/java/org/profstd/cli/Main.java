package org.profstd.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.profstd.registry.RegistryException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code profstd} command line. */
@Command(name = "profstd",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Registry and toolkit for the professional standards of Kazakhstan and Russia.",
        subcommands = {ParseCommand.class, ExportCommand.class, ServeCommand.class, TokenCommand.class, IngestCommand.class, ListCommand.class, ShowCommand.class,
                HistoryCommand.class, WithdrawCommand.class, LinkCommand.class, DiffCommand.class, AlignCommand.class,
                OverlapCommand.class, CheckCommand.class, EquivalenceCommand.class, CurriculumCommand.class, SearchCommand.class, MatchCommand.class, MatchBatchCommand.class, GapCommand.class,
                RelevanceCommand.class, IndexCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    /** Exit codes shared by all commands. */
    public static final int OK = 0;
    public static final int ERROR = 1;
    public static final int INVALID_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8), args));
    }

    /** Runs a command in-process with the given output streams; the way tests call the CLI. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(new FailureHandler());
        cli.setParameterExceptionHandler((ex, a) -> {
            err.println("profstd: " + ex.getMessage());
            // the qualified name of the command that refused ("profstd", "profstd index status")
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return INVALID_INPUT;
        });
        int code;
        try {
            code = cli.execute(args);
        } catch (StackOverflowError | OutOfMemoryError e) {
            // picocli lets errors through: one line instead of a thousand-frame trace
            err.println("profstd: the input is too large or too deeply nested to process ("
                    + e.getClass().getSimpleName() + ")");
            code = ERROR;
        }
        out.flush();
        err.flush();
        return code;
    }

    /** One place turns any failure into a one-line message and an exit code, never a stack trace. */
    static final class FailureHandler implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parsed) {
            PrintWriter err = cmd.getErr();
            if (ex instanceof UserFacingException u) {
                err.println("profstd: " + u.getMessage());
                return u.exitCode();
            }
            if (ex instanceof RegistryException r) {
                err.println("profstd: " + r.getMessage());
                return r.kind() == RegistryException.Kind.INVALID ? INVALID_INPUT : ERROR;
            }
            err.println("profstd: internal error: " + ex.getClass().getSimpleName()
                    + (ex.getMessage() == null ? "" : ": " + firstLine(ex.getMessage())));
            return ERROR;
        }

        private static String firstLine(String message) {
            return message.strip().split("\n", 2)[0];
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"profstd " + (v == null ? "development build" : v)};
        }
    }
}
