package org.profstd.web;

/**
 * Settings of the web server, built once and passed in.
 *
 * @param host the address to listen on: the loopback address unless the operator names another ({@code --host})
 * @param maxUploadBytes largest request body accepted (uploads, match texts), counted on the bytes actually
 *     received, chunked bodies included; larger ones get 413
 * @param rates requests one client may make per minute in each cost class before it gets 429
 */
public record WebConfig(String host, int port, long maxUploadBytes, RateBudgets rates) {
    public static final String LOOPBACK = "127.0.0.1";
    public static final long DEFAULT_MAX_UPLOAD = 20L * 1024 * 1024;

    /** On the loopback address, with one budget for every cost class. */
    public WebConfig(int port, long maxUploadBytes, int requestsPerMinute) {
        this(LOOPBACK, port, maxUploadBytes, RateBudgets.uniform(requestsPerMinute));
    }

    public static WebConfig defaults(int port) {
        return new WebConfig(LOOPBACK, port, DEFAULT_MAX_UPLOAD, RateBudgets.DEFAULT);
    }

    public WebConfig onHost(String otherHost) {
        return new WebConfig(otherHost, port, maxUploadBytes, rates);
    }

    /**
     * Requests a minute per client in each cost class: a read costs a few milliseconds, a search tens, a match
     * hundreds, an upload a parse of up to 20 MB; so each class has a budget of its own.
     */
    public record RateBudgets(int reads, int searches, int matches, int uploads) {
        public static final RateBudgets DEFAULT = new RateBudgets(600, 240, 30, 10);

        public static RateBudgets uniform(int perMinute) {
            return new RateBudgets(perMinute, perMinute, perMinute, perMinute);
        }

        int of(CostClass cost) {
            return switch (cost) {
                case READ -> reads;
                case SEARCH -> searches;
                case MATCH -> matches;
                case UPLOAD -> uploads;
            };
        }
    }
}
