package uk.graduated.server.web;

import io.javalin.http.Context;

/**
 * The route a request matched, e.g. {@code /pupils/{id}}, rather than the path itself: logs then
 * never hold ids or names that were part of a URL.
 */
final class PathTemplates {
    static final String UNMATCHED = "(no route)";

    private PathTemplates() {
    }

    static String of(Context ctx) {
        try {
            String template = ctx.endpointHandlerPath();
            return template == null || template.isEmpty() ? UNMATCHED : template;
        } catch (IllegalStateException e) {
            return UNMATCHED; // the request ended in a before-handler, ahead of routing
        }
    }
}
