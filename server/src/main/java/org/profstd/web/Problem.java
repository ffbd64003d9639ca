package org.profstd.web;

/** An RFC 7807 problem document, the body of every API error. */
public record Problem(String type, String title, int status, String detail, String instance) {
    /** With its charset: without one the servlet container writes the body in ISO-8859-1, and Cyrillic as "?". */
    public static final String CONTENT_TYPE = "application/problem+json; charset=utf-8";
}
