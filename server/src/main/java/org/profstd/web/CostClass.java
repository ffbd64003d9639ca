package org.profstd.web;

/** What a request costs the server, for the rate limit: each class has its own budget per client. */
enum CostClass {
    READ, SEARCH, MATCH, UPLOAD;

    static CostClass of(String method, String path) {
        boolean post = "POST".equalsIgnoreCase(method);
        if (post && (path.equals("/api/v1/documents") || path.startsWith("/upload"))) {
            return UPLOAD;
        }
        if (post && (path.equals("/api/v1/match") || path.equals("/api/v1/gap") || path.startsWith("/match")
                || path.equals("/api/v1/curriculum") || path.startsWith("/curriculum"))) {
            return MATCH;
        }
        if (path.equals("/api/v1/search") || path.equals("/api/v1/suggest") || path.equals("/search")
                || path.equals("/suggest")) {
            return SEARCH;
        }
        return READ;
    }

    /** How the class is named in a 429's message. */
    String label() {
        return switch (this) {
            case READ -> "reads";
            case SEARCH -> "searches";
            case MATCH -> "matches";
            case UPLOAD -> "uploads";
        };
    }
}
