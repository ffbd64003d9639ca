package org.profstd.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.profstd.registry.Registry;
import org.profstd.services.IndexKeeper;
import org.profstd.services.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code profstd index status|rebuild|push}: the search index kept beside the registry, or a Solr collection. */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = {"The search index kept beside the registry. Search, match, gap and serve open it and bring it up"
                + " to date by themselves; these commands show it and rebuild it on request."},
        subcommands = {IndexCommand.Status.class, IndexCommand.Rebuild.class, IndexCommand.Push.class})
final class IndexCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Where the index is, what it holds, and whether the registry changed since it was updated.")
    static final class Status implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        RegistryOptions registryOptions;

        @Mixin
        SearchOptions searchOptions;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            try (RegistryServices opened = searchOptions.open(registryOptions, spec.commandLine().getErr())) {
                Services services = opened.services();
                IndexKeeper.Status status = services.index().status();
                if (searchOptions.solr() != null) {
                    out.printf("collection: %s%n", searchOptions.solr());
                } else {
                    out.printf("folder:    %s%n", registryOptions.indexFolder().toAbsolutePath());
                }
                out.printf("written:   %s%n", status.writable() ? "by this command"
                        : "by another process (a server); read here as it last committed");
                out.printf("format:    %s%n", status.format());
                out.printf("horizon:   %s%n", status.horizon());
                out.printf("editions:  %d%n", status.editions());
                out.printf("entries:   %d%n", status.entries());
                out.printf("behind:    %s%n", status.behind() == 0 ? "no, up to date with the registry"
                        : status.behind() + " standards changed since");
            }
            return Main.OK;
        }
    }

    @Command(name = "rebuild", mixinStandardHelpOptions = true,
            description = {"Reads the whole registry into the index again, in one pass (with a progress bar on a"
                    + " terminal). The index stays usable meanwhile: the new one replaces it in one commit.",
                    "Refused while another process (a server) writes the index."})
    static final class Rebuild implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        RegistryOptions registryOptions;

        @Mixin
        SearchOptions searchOptions;

        @Override
        public Integer call() throws Exception {
            try (RegistryServices opened = searchOptions.open(registryOptions, spec.commandLine().getErr())) {
                Services services = opened.services();
                if (!services.index().writable()) {
                    throw new UserFacingException("the index in " + registryOptions.indexFolder()
                            + " is written by another process (a server); stop it to rebuild", Main.ERROR);
                }
                // an index that was missing or unusable has just been built whole by opening it
                if (!services.index().rebuiltWhenOpened()) {
                    services.index().rebuild();
                }
                IndexKeeper.Status status = services.index().status();
                spec.commandLine().getOut().printf("rebuilt: %d editions, %d entries%n", status.editions(),
                        status.entries());
            }
            return Main.OK;
        }
    }

    @Command(name = "push", mixinStandardHelpOptions = true,
            description = {"Writes the whole registry to a SolrCloud collection (--search solr:ZK_HOSTS/COLLECTION, or"
                    + " " + SearchOptions.SEARCH_ENV + "), with a progress bar on a terminal. Searches keep seeing the"
                    + " collection as it was until the push is complete. Later changes of the registry reach the"
                    + " collection whenever a command or a server opens it with --search.",
                    "The collection is made from the configset in solr/src/main/resources/profstd-configset; see"
                    + " docs/solr.md."})
    static final class Push implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        RegistryOptions registryOptions;

        @Mixin
        SearchOptions searchOptions;

        @Override
        public Integer call() throws Exception {
            if (searchOptions.solr() == null) {
                throw new UserFacingException("index push writes a Solr collection: name it with --search"
                        + " solr:ZK_HOSTS/COLLECTION (index rebuild rebuilds the embedded index)", Main.INVALID_INPUT);
            }
            try (Registry registry = registryOptions.open();
                 Services services = searchOptions.servicesForPush(registry, spec.commandLine().getErr())) {
                // an index that was missing or unusable has just been built whole by opening it
                if (!services.index().rebuiltWhenOpened()) {
                    services.index().rebuild();
                }
                IndexKeeper.Status status = services.index().status();
                spec.commandLine().getOut().printf("pushed to %s: %d editions, %d entries%n", searchOptions.solr(),
                        status.editions(), status.entries());
            }
            return Main.OK;
        }
    }
}
