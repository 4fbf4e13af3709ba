package uk.graduated.server.web;

import com.google.gson.GsonBuilder;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.config.Key;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import java.util.List;
import uk.graduated.model.sync.ProtocolVersion;
import uk.graduated.model.sync.SyncLimits;
import uk.graduated.server.StartupException;
import uk.graduated.server.config.ServerConfig;

/** The HTTP side: Javalin with request ids, JSON errors, the access log, and every route in one place ({@link #start}). */
public final class WebServer implements AutoCloseable {
    /** The protocol's largest body: a full push batch, or a photo chunk (docs/protocol.md). */
    static final long MAX_REQUEST_BYTES = SyncLimits.MAX_REQUEST_BODY_BYTES;
    /** How long a stop waits for requests in flight before closing their connections. */
    private static final long GRACEFUL_STOP_MS = 5_000;

    /** The oldest app protocol this server serves, for the routes that check the protocol header. */
    public static final Key<ProtocolVersion> OLDEST_PROTOCOL = new Key<>("graduated.oldestProtocol");

    private final Javalin app;

    private WebServer(Javalin app) {
        this.app = app;
    }

    public static WebServer start(ServerConfig config, List<Routes> routes) {
        Javalin app = newApp(config.oldestProtocol());
        routes.forEach(r -> r.addTo(app));
        return start(app, config.host(), config.port());
    }

    /** Javalin with request ids, the access log and JSON errors, but no routes yet. */
    static Javalin newApp() {
        return newApp(ProtocolVersion.OLDEST_SUPPORTED);
    }

    static Javalin newApp(ProtocolVersion oldestProtocol) {
        Javalin app = Javalin.create(javalin -> {
            javalin.appData(OLDEST_PROTOCOL, oldestProtocol);
            javalin.showJavalinBanner = false;
            javalin.startupWatcherEnabled = false;
            javalin.http.prefer405over404 = true;
            javalin.http.maxRequestSize = MAX_REQUEST_BYTES;
            // Uploaded files (the console's MIS import, at most 5 MB) stay in memory: pupil data is
            // never written to temporary files.
            javalin.jetty.multipartConfig.maxInMemoryFileSize(8, SizeUnit.MB);
            javalin.jsonMapper(new GsonJsonMapper(new GsonBuilder().serializeNulls().disableHtmlEscaping().create()));
            javalin.requestLogger.http(RequestLog::write);
        });
        app.before(RequestLog::assignRequestId);
        app.before(WebServer::rejectOversizedBody);
        ErrorResponses.register(app);
        return app;
    }

    static WebServer start(Javalin app, String host, int port) {
        try {
            app.start(host, port);
        } catch (RuntimeException e) {
            // Javalin has already stopped its Jetty server when starting it failed.
            throw BindFailures.describe(e, host, port)
                    .map(message -> new StartupException(message, e))
                    .orElseThrow(() -> e);
        }
        // Set only once started: a graceful stop of a Jetty that failed to start throws and hides the cause.
        app.jettyServer().server().setStopTimeout(GRACEFUL_STOP_MS);
        return new WebServer(app);
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }

    /** Refuses a declared oversized body at once, before any handler buffers it. */
    private static void rejectOversizedBody(Context ctx) {
        if (ctx.req().getContentLengthLong() > MAX_REQUEST_BYTES) {
            throw new ContentTooLargeResponse("The request body is larger than " + MAX_REQUEST_BYTES + " bytes.");
        }
    }
}
