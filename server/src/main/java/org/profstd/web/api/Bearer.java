package org.profstd.web.api;

import io.javalin.http.Context;
import org.profstd.services.Services;
import org.profstd.web.HttpProblem;

/** Who makes a write: the owner of the {@code Authorization: Bearer TOKEN}; no or an unknown token is a 401. */
final class Bearer {
    private static final String SCHEME = "Bearer ";

    private Bearer() {
    }

    static String owner(Context ctx, Services services) {
        String header = ctx.header("Authorization");
        if (header == null || header.isBlank()) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw HttpProblem.unauthorized("this request changes the registry and needs 'Authorization: Bearer TOKEN'"
                    + " (create a token with: profstd token create NAME)");
        }
        if (!header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw HttpProblem.unauthorized("the Authorization header must be 'Bearer TOKEN'");
        }
        return services.tokenOwner(header.substring(SCHEME.length()).strip()).orElseThrow(() -> {
            ctx.header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            return HttpProblem.unauthorized("the token is unknown or revoked");
        });
    }
}
