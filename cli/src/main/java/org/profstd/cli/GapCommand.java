package org.profstd.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.profstd.json.CanonicalJson;
import org.profstd.read.UnreadableDocumentException;
import org.profstd.search.Evidence;
import org.profstd.search.GapResult;
import org.profstd.services.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code profstd gap FILE|- --card ID [--format table|json]}. */
@Command(name = "gap", mixinStandardHelpOptions = true,
        description = {"Splits the requirements of one profession card (abilities, knowledge, labor actions) into those"
                + " a CV or vacancy evidences and those it lacks. Card ids are EDITION/N, as search and match print them."})
final class GapCommand implements Callable<Integer> {
    enum Format { table, json }

    @Spec
    CommandSpec spec;

    @Mixin
    RegistryOptions registry;

    @Mixin
    SearchOptions search;

    @Parameters(index = "0", paramLabel = "FILE", description = "The CV or vacancy, or - for standard input.")
    String file;

    @Option(names = "--card", required = true, paramLabel = "ID", description = "The card, EDITION/N.")
    String card;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws Exception {
        TextInput text = TextInput.read(file, System.in);
        GapResult gap;
        try (RegistryServices opened = search.open(registry, spec.commandLine().getErr())) {
            Services services = opened.services();
            gap = services.matching().gap(text.name(), text.bytes(), card);
        } catch (UnreadableDocumentException e) {
            throw new UserFacingException(e.getMessage(), Main.ERROR);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(CanonicalJson.mapper().writeValueAsString(gap));
            return Main.OK;
        }
        out.printf("%s (level %s, card %s) of %s%n", gap.card().name(), gap.card().level() == null ? "-" : gap.card().level(),
                gap.card().id(), gap.standard().title());
        out.printf("met (%d):%n", gap.met().size());
        for (Evidence e : gap.met()) {
            out.printf("  + %-9s %.3f %s%n  %17s <- %s%s%n", e.kind(), e.weight(), e.requirement(), "", e.source(),
                    e.via().isEmpty() ? "" : "  (via " + String.join(", ", e.via()) + ")");
        }
        out.printf("not met (%d):%n", gap.notMet().size());
        for (GapResult.Requirement r : gap.notMet()) {
            out.printf("  - %-9s %s%n", r.kind(), r.requirement());
        }
        return Main.OK;
    }
}
