package uk.graduated.server.web;

import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Gives each request its id (response header and log context) and writes one access line per
 * request: method, route template, status and time. No query, body, or other personal data.
 */
final class RequestLog {
    private static final Logger access = LoggerFactory.getLogger("access");

    private RequestLog() {
    }

    /** Before-handler: runs first for every request, matched or not. */
    static void assignRequestId(Context ctx) {
        String id = RequestIds.acceptOrGenerate(ctx.header(RequestIds.HEADER));
        ctx.attribute(RequestIds.ATTRIBUTE, id);
        ctx.header(RequestIds.HEADER, id);
        MDC.put(RequestIds.MDC_KEY, id);
    }

    /** Javalin's request logger: runs once the response is complete. */
    static void write(Context ctx, Float millis) {
        // Set again: the logger may run on another thread than the handler did.
        MDC.put(RequestIds.MDC_KEY, ctx.attribute(RequestIds.ATTRIBUTE));
        try {
            access.info("{} {} {} {}ms", ctx.method(), PathTemplates.of(ctx), ctx.statusCode(), Math.round(millis));
        } finally {
            MDC.remove(RequestIds.MDC_KEY);
        }
    }
}
