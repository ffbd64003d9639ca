package org.profstd.solr;

/** Solr could not be reached or refused a request: the message says which collection and why. */
public final class SolrUnavailableException extends RuntimeException {
    public SolrUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
