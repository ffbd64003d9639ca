package org.profstd.web.pages;

import io.javalin.http.Context;
import java.util.function.Supplier;
import org.profstd.registry.RegistryException;

/**
 * Reading ids from a request and things from the registry, with the failures a visitor can cause as 400 and 404
 * told in the page's language.
 */
final class Lookups {
    private Lookups() {
    }

    /** An id in the path: a path that is not a number names no page (404). */
    static long pathId(Context ctx, String name) {
        try {
            return number(ctx.pathParam(name), name);
        } catch (PageProblem notANumber) {
            throw PageProblem.notFound("error.notANumber", name, ctx.pathParam(name));
        }
    }

    static long queryId(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            throw PageProblem.invalid("error.parameterMissing", name);
        }
        return number(value, name);
    }

    /**
     * Runs a registry read; an id the registry does not know becomes a 404 whose text is {@code key} with
     * {@code args}, instead of a failure of the server.
     */
    static <T> T found(Supplier<T> read, String key, Object... args) {
        try {
            return read.get();
        } catch (RegistryException e) {
            if (e.kind() == RegistryException.Kind.NOT_FOUND) {
                throw PageProblem.notFound(key, args);
            }
            throw e;
        }
    }

    /** An id in the query: a value that is not a number is a wrong request (400). */
    private static long number(String value, String name) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw PageProblem.invalid("error.notANumber", name, value);
        }
    }
}
