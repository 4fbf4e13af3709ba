package uk.graduated.server.console.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The console's stylesheet, read once from the classpath ({@code console/static/}). */
public final class StaticAssets {
    private final byte[] stylesheet = read("console/static/console.css");

    public void stylesheet(Context ctx) {
        ctx.contentType("text/css; charset=utf-8")
                .header("Cache-Control", "public, max-age=3600")
                .result(stylesheet);
    }

    private static byte[] read(String resource) {
        try (InputStream in = StaticAssets.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing console resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
