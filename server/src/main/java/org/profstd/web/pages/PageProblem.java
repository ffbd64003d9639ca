package org.profstd.web.pages;

import java.util.List;

/**
 * A failure a visitor of a page caused (an unknown id, a missing parameter), told in the page's language: the message
 * is a key of the interface texts with its arguments, rendered by {@link PageRoutes} as the error page.
 */
final class PageProblem extends RuntimeException {
    private final int status;
    private final String key;
    private final List<Object> args;

    private PageProblem(int status, String key, Object... args) {
        super(key);
        this.status = status;
        this.key = key;
        this.args = List.of(args);
    }

    static PageProblem notFound(String key, Object... args) {
        return new PageProblem(404, key, args);
    }

    static PageProblem invalid(String key, Object... args) {
        return new PageProblem(400, key, args);
    }

    int status() {
        return status;
    }

    String key() {
        return key;
    }

    Object[] args() {
        return args.toArray();
    }
}
