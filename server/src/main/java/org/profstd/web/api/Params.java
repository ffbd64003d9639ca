package org.profstd.web.api;

import io.javalin.http.Context;
import java.util.List;
import org.profstd.web.HttpProblem;

/** Query and path parameters read strictly: a malformed value is a 400 that names the parameter and what it takes. */
final class Params {
    private Params() {
    }

    static String required(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            throw HttpProblem.invalid("the query parameter '" + name + "' is required");
        }
        return value.strip();
    }

    /** A required text of at most {@code maxChars} characters; a longer one is a 422 naming the limit. */
    static String text(Context ctx, String name, int maxChars) {
        String value = required(ctx, name);
        if (value.length() > maxChars) {
            throw HttpProblem.tooLong("the query parameter '" + name + "' has " + value.length()
                    + " characters, more than " + maxChars + ", the limit");
        }
        return value;
    }

    static String optional(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** An optional value that must be one of a few words. */
    static String oneOf(Context ctx, String name, List<String> allowed) {
        String value = optional(ctx, name);
        if (value != null && !allowed.contains(value)) {
            throw HttpProblem.invalid("'" + name + "' must be one of " + String.join(", ", allowed) + ", not '" + value + "'");
        }
        return value;
    }

    static Integer integer(Context ctx, String name, int min, int max) {
        String value = optional(ctx, name);
        if (value == null) {
            return null;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below with the range
        }
        throw HttpProblem.invalid("'" + name + "' must be a whole number from " + min + " to " + max + ", not '" + value + "'");
    }

    static int integer(Context ctx, String name, int min, int max, int fallback) {
        Integer n = integer(ctx, name, min, max);
        return n == null ? fallback : n;
    }

    static boolean flag(Context ctx, String name) {
        String value = optional(ctx, name);
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw HttpProblem.invalid("'" + name + "' must be true or false, not '" + value + "'");
    }

    static long id(Context ctx, String name) {
        String value = ctx.pathParam(name);
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw HttpProblem.invalid("'" + name + "' must be a numeric id, not '" + value + "'");
        }
    }

    static long queryId(Context ctx, String name) {
        String value = required(ctx, name);
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw HttpProblem.invalid("'" + name + "' must be a numeric edition id, not '" + value + "'");
        }
    }
}
