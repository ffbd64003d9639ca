package org.profstd.cli;

import org.profstd.registry.Registry;
import org.profstd.services.Services;

/**
 * What a search command works with: the registry it opened and the services over it, closed together (the services
 * first, since they read the registry until they stop).
 */
record RegistryServices(Registry registry, Services services) implements AutoCloseable {
    @Override
    public void close() throws Exception {
        try (Registry closedLast = registry) {
            services.close();
        }
    }
}
