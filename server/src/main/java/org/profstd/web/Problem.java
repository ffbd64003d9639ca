package org.profstd.web;

/** An RFC 7807 problem document, the body of every API error. */
public record Problem(String type, String title, int status, String detail, String instance) {
    public static final String CONTENT_TYPE = "application/problem+json";
}
