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

    public static HttpProblem tooLong(String detail) {
        return new HttpProblem(422, "Text too long", detail);
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

    /**
     * What the registry reports, as a problem. A registry that cannot be reached is a 503 whose detail says only
     * that: the database's own message (hosts, roles, SQL) stays in the log.
     */
    public static HttpProblem of(org.profstd.registry.RegistryException e) {
        return switch (e.kind()) {
            case NOT_FOUND -> notFound(e.getMessage());
            case INVALID -> invalid(e.getMessage());
            case CONFLICT -> conflict(e.getMessage());
            case UNAVAILABLE -> {
                org.slf4j.LoggerFactory.getLogger(HttpProblem.class).error("registry unavailable: {}", e.getMessage());
                yield unavailable("the registry database is not available at the moment; try again later");
            }
        };
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
