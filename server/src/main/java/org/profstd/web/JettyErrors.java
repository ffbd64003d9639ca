package org.profstd.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * The answers Jetty gives by itself, before a request reaches a route (a malformed request line, a URI or headers
 * too long): problem+json like every other error, with the security headers, instead of Jetty's HTML page.
 */
final class JettyErrors extends ErrorHandler {
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, Problem.CONTENT_TYPE);
        SecurityHeaders.set(fields);
        return ByteBuffer.wrap(body(status, null));
    }

    @Override
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        baseRequest.setHandled(true);
        if (response.isCommitted()) {
            return;
        }
        SecurityHeaders.set(response);
        response.setContentType(Problem.CONTENT_TYPE);
        response.getOutputStream().write(body(response.getStatus(), request.getRequestURI()));
    }

    private static byte[] body(int status, String path) {
        String title = HttpStatus.getMessage(status);
        String detail = status == 414 ? "the request's address is too long"
                : status == 431 ? "the request's headers are too large"
                : status >= 500 ? "the server failed to answer this request"
                : "the request is malformed";
        return Json.write(new Problem("about:blank", title, status, detail, path)).getBytes(StandardCharsets.UTF_8);
    }
}
