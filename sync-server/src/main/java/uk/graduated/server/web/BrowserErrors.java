package uk.graduated.server.web;

import io.javalin.http.Context;

/**
 * Failures on the console's paths that happen outside its pages (a body over the limit refused before
 * routing, a method the path does not serve, the database gone while the session is looked up) as a
 * plain HTML page, because a person's browser shows the answer: never the API's JSON, never a trace.
 */
public final class BrowserErrors {
    private static final String CONSOLE = "/console";

    private BrowserErrors() {
    }

    /** Whether a person's browser asked: the console and everything under it. */
    public static boolean isBrowserPath(Context ctx) {
        String path = ctx.path();
        return path.equals(CONSOLE) || path.startsWith(CONSOLE + "/");
    }

    public static void send(Context ctx, int status, String heading, String message) {
        String requestId = ctx.res().getHeader(RequestIds.HEADER);
        String page = "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + escape(heading) + " - Graduated</title>\n"
                + "<link rel=\"stylesheet\" href=\"/console/static/console.css\">\n</head>\n<body>\n<main class=\"narrow\">\n"
                + "<h1>" + escape(heading) + "</h1>\n<p>" + escape(message) + "</p>\n"
                + "<p><a href=\"/console\">Back to the console</a></p>\n"
                + (requestId == null ? "" : "<p class=\"hint\">Reference: <code>" + escape(requestId) + "</code></p>\n")
                + "</main>\n</body>\n</html>\n";
        ctx.status(status).header("Cache-Control", "no-store").html(page);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
