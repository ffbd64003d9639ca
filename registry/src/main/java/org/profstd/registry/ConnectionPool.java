package org.profstd.registry;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The registry's connections: a few kept open and shared by every request of the process.
 *
 * <p>Why a pool, and why this size: opening a connection per request costs a password exchange each time, and a burst
 * of requests would open more connections than the server allows (the embedded one allows 50) and fail. The pool
 * opens at most {@value #MAX_SIZE}, a third of that, so a server process and two commands on the same data folder fit
 * together; a request finding every connection busy waits (up to {@value #WAIT_MILLIS} ms) instead of failing.
 */
final class ConnectionPool {
    static final int MAX_SIZE = 16;
    static final long WAIT_MILLIS = 10_000;

    private ConnectionPool() {
    }

    static HikariDataSource open(String jdbcUrl) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("profstd-registry");
        config.setJdbcUrl(jdbcUrl);
        config.setMaximumPoolSize(MAX_SIZE);
        config.setMinimumIdle(1);
        config.setIdleTimeout(60_000);
        config.setConnectionTimeout(WAIT_MILLIS);
        config.setInitializationFailTimeout(WAIT_MILLIS);
        return new HikariDataSource(config);
    }
}
