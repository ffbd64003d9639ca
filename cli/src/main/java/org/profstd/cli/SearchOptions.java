package org.profstd.cli;

import java.io.PrintWriter;
import java.time.Duration;
import org.profstd.registry.Registry;
import org.profstd.services.Services;
import org.profstd.solr.SolrAddress;
import org.profstd.solr.SolrServices;
import org.profstd.solr.SolrUnavailableException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Which engine answers search, match and gap: the index embedded beside the registry (the default), or a SolrCloud
 * collection named {@code solr:ZK_HOSTS/COLLECTION}.
 */
final class SearchOptions {
    /** The environment variable naming the engine when {@code --search} does not. */
    static final String SEARCH_ENV = "PROFSTD_SEARCH";
    static final String EMBEDDED = "embedded";

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    String search;

    /** Checked as the command line is read, before the command opens anything. */
    @Option(names = "--search", paramLabel = "ENGINE",
            description = "embedded (the index beside the registry, the default) or solr:ZK_HOSTS/COLLECTION (a"
                    + " SolrCloud collection, e.g. solr:zk1:2181,zk2:2181/profstd); default: the environment"
                    + " variable " + SEARCH_ENV + ".")
    void search(String engine) {
        if (!engine.equals(EMBEDDED)) {
            try {
                SolrAddress.parse(engine.strip());
            } catch (IllegalArgumentException e) {
                throw new ParameterException(command.commandLine(), "--search: " + e.getMessage() + " (or "
                        + EMBEDDED + ")");
            }
        }
        search = engine;
    }

    /** The Solr collection these options name; null for the embedded index. */
    SolrAddress solr() {
        String engine = search != null ? search : System.getenv(SEARCH_ENV);
        if (engine == null || engine.isBlank() || engine.equals(EMBEDDED)) {
            return null;
        }
        try {
            return SolrAddress.parse(engine.strip());
        } catch (IllegalArgumentException e) {
            throw new UserFacingException("--search: " + e.getMessage() + " (or " + EMBEDDED + ")", Main.INVALID_INPUT);
        }
    }

    /** The services of a command over the engine these options name. */
    Services services(RegistryOptions registryOptions, Registry registry, PrintWriter err) {
        return services(registryOptions, registry, Duration.ZERO, err);
    }

    Services services(RegistryOptions registryOptions, Registry registry, Duration waitForWriter, PrintWriter err) {
        SolrAddress address = solr();
        if (address == null) {
            return registryOptions.services(registry, waitForWriter, err);
        }
        try {
            return SolrServices.open(registry, address, new TerminalProgress(err));
        } catch (SolrUnavailableException e) {
            throw new UserFacingException(e.getMessage(), Main.ERROR);
        }
    }

    /** The services of {@code index push}: the Solr collection these options name, to be written whole. */
    Services servicesForPush(Registry registry, PrintWriter err) {
        try {
            return SolrServices.forPush(registry, solr(), new TerminalProgress(err));
        } catch (SolrUnavailableException e) {
            throw new UserFacingException(e.getMessage(), Main.ERROR);
        }
    }
}
