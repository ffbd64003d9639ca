package org.profstd.web;

/**
 * Settings of the web server, built once and passed in.
 *
 * @param maxUploadBytes largest request body accepted (uploads, match texts); larger ones get 413
 * @param requestsPerMinute requests one client may make per minute before it gets 429
 */
public record WebConfig(int port, long maxUploadBytes, int requestsPerMinute) {
    public static final long DEFAULT_MAX_UPLOAD = 20L * 1024 * 1024;

    public static WebConfig defaults(int port) {
        return new WebConfig(port, DEFAULT_MAX_UPLOAD, 600);
    }
}
