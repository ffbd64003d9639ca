package org.profstd.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.function.Consumer;
import org.profstd.registry.Registry;
import org.profstd.search.SearchService;
import org.profstd.services.IndexOpening;
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

    /**
     * The registry of {@code registryOptions} and the services over it, with the engine these options name. The
     * embedded index is opened on a thread of its own while the registry starts (see {@link IndexOpening}).
     *
     * @param waitForWriter how long to wait for another process writing the index (a server waits, a command does not)
     */
    RegistryServices open(RegistryOptions registryOptions, Duration waitForWriter, PrintWriter err) {
        return open(registryOptions, waitForWriter, err, service -> { });
    }

    /**
     * {@link #open(RegistryOptions, Duration, PrintWriter)}, doing {@code meanwhile} on the embedded index as last
     * committed while the registry starts (see {@link IndexOpening#start(java.nio.file.Path, Consumer)}).
     */
    RegistryServices open(RegistryOptions registryOptions, Duration waitForWriter, PrintWriter err,
            Consumer<SearchService> meanwhile) {
        SolrAddress address = solr();
        IndexOpening opening = address == null ? IndexOpening.start(registryOptions.indexFolder(), meanwhile) : null;
        Registry registry;
        try {
            registry = registryOptions.open();
        } catch (RuntimeException e) {
            closeQuietly(opening);
            throw e;
        }
        try {
            Services services = opening != null
                    ? Services.open(registry, opening, waitForWriter, new TerminalProgress(err))
                    : solrServices(registry, address, err);
            return new RegistryServices(registry, services);
        } catch (RuntimeException e) {
            closeQuietly(opening);
            registry.close();
            throw e;
        }
    }

    /** {@link #open(RegistryOptions, Duration, PrintWriter)} for a command: it reads an index a server writes. */
    RegistryServices open(RegistryOptions registryOptions, PrintWriter err) {
        return open(registryOptions, Duration.ZERO, err);
    }

    private static void closeQuietly(IndexOpening opening) {
        if (opening == null) {
            return;
        }
        try {
            opening.close();
        } catch (java.io.IOException ignored) {
            // the failure being reported matters more than the index left behind
        }
    }

    private static Services solrServices(Registry registry, SolrAddress address, PrintWriter err) {
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
