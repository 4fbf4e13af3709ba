package uk.graduated.server.health;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import uk.graduated.server.web.Routes;

/** {@code GET /health}: 200 when the server can do its work, 503 with Retry-After when it cannot. */
public final class HealthRoutes implements Routes {
    /** Seconds a client or load balancer should wait before asking again while the database is down. */
    static final String RETRY_AFTER_SECONDS = "5";

    private final HealthCheck check;

    public HealthRoutes(HealthCheck check) {
        this.check = check;
    }

    @Override
    public void addTo(Javalin app) {
        app.get("/health", this::health);
    }

    public void health(Context ctx) {
        HealthReport report = check.run();
        if (!report.isUp()) {
            ctx.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", RETRY_AFTER_SECONDS);
        }
        ctx.json(report);
    }
}
