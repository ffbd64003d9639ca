package org.profstd.web.api;

import io.javalin.http.Handler;
import org.profstd.read.UnreadableDocumentException;
import org.profstd.registry.RegistryException;
import org.profstd.web.HttpProblem;

/**
 * Turns what the services report into HTTP problems, so handlers stay one line: an unknown id is a 404, a wrong
 * argument a 400, a conflict a 409, an unreadable document a 422 with its reason, a registry that cannot be reached
 * a 503 (rendered by the server's problem handler like every other failure).
 */
final class Guard {
    private Guard() {
    }

    static Handler guarded(Handler handler) {
        return ctx -> {
            try {
                handler.handle(ctx);
            } catch (RegistryException e) {
                throw problem(e);
            } catch (UnreadableDocumentException e) {
                throw HttpProblem.unprocessable(e.getMessage());
            }
        };
    }

    static HttpProblem problem(RegistryException e) {
        return HttpProblem.of(e);
    }
}
