package org.profstd.web;

/**
 * A failure a handler reports to the client. One place ({@link ProblemHandler}) maps it to an RFC 7807
 * problem+json body for the API and to an error page for a browser.
 */
public final class HttpProblem extends RuntimeException {
    private final int status;
    private final String title;

    private HttpProblem(int status, String title, String detail) {
        super(detail);
        this.status = status;
        this.title = title;
    }

    public static HttpProblem notFound(String detail) {
        return new HttpProblem(404, "Not found", detail);
    }

    public static HttpProblem invalid(String detail) {
        return new HttpProblem(400, "Invalid input", detail);
    }

    public static HttpProblem unprocessable(String detail) {
        return new HttpProblem(422, "Document cannot be read", detail);
    }

    public static HttpProblem unauthorized(String detail) {
        return new HttpProblem(401, "Unauthorized", detail);
    }

    public static HttpProblem tooLarge(String detail) {
        return new HttpProblem(413, "Request too large", detail);
    }

    public static HttpProblem tooManyRequests(String detail) {
        return new HttpProblem(429, "Too many requests", detail);
    }

    public static HttpProblem unavailable(String detail) {
        return new HttpProblem(503, "Service unavailable", detail);
    }

    public static HttpProblem conflict(String detail) {
        return new HttpProblem(409, "Conflict", detail);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }
}
