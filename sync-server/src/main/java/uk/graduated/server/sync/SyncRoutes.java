package uk.graduated.server.sync;

import io.javalin.Javalin;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import org.jdbi.v3.core.Jdbi;
import uk.graduated.model.sync.PullRequest;
import uk.graduated.model.sync.PushRequest;
import uk.graduated.model.validation.ValidationException;
import uk.graduated.server.auth.Access;
import uk.graduated.server.auth.ApiException;
import uk.graduated.server.auth.Principal;
import uk.graduated.server.db.Database;
import uk.graduated.server.web.Routes;

/**
 * {@code POST /api/v1/sync/push} and {@code POST /api/v1/sync/pull} (protocol sections 6 and 8):
 * parse, check who is asking, call the service, answer. Also runs the tombstone purge while the
 * server runs.
 */
public final class SyncRoutes implements Routes {
    /** Leaves two of the pool's connections for sign-in, token checks and the console while tablets sync. */
    private static final int CONCURRENT_SYNCS = Database.POOL_SIZE - 2;
    private static final Duration LONGEST_QUEUE_WAIT = Duration.ofSeconds(30);

    private final PushService push;
    private final PullService pull;
    private final Housekeeping purge;
    private final SyncGate gate = new SyncGate(CONCURRENT_SYNCS, LONGEST_QUEUE_WAIT);

    /** @param clock the school's clock, in its time zone: "today" decides who is on roll and in a group */
    public SyncRoutes(Jdbi jdbi, Clock clock, SyncSettings settings) {
        this.push = new PushService(jdbi, clock);
        this.pull = new PullService(jdbi, clock);
        TombstonePurge tombstones = new TombstonePurge(jdbi, clock, settings.tombstoneRetention());
        this.purge = new Housekeeping("tombstone-purge", settings.purgeInterval(), tombstones::run);
    }

    @Override
    public void addTo(Javalin app) {
        app.beforeMatched("/api/v1/sync/*", ProtocolHeader::check);
        app.post("/api/v1/sync/push", this::push);
        app.post("/api/v1/sync/pull", this::pull);
        app.events(events -> {
            events.serverStarted(purge::start);
            events.serverStopping(purge::close);
        });
    }

    private void push(Context ctx) {
        Principal principal = Access.requirePersonOnDevice(ctx);
        PushRequest request = PushRequest.fromJson(JsonBodies.read(ctx));
        int header = ProtocolHeader.of(ctx);
        if (request.protocolVersion() != header) {
            throw ValidationException.of("protocolVersion", "version_mismatch",
                    "protocolVersion must equal the Graduated-Protocol header (" + header + ")");
        }
        if (!request.deviceId().equals(principal.deviceId())) {
            throw ApiException.forbidden("deviceId must be the id of the tablet this session was opened on.");
        }
        ctx.contentType(ContentType.APPLICATION_JSON).result(gate.run(() -> push.push(principal, request)).toJson());
    }

    private void pull(Context ctx) {
        Principal principal = Access.principal(ctx);
        if (principal.deviceId() == null) {
            throw ApiException.forbidden("Only an enrolled tablet pulls; the console reads the register directly.");
        }
        PullRequest request = PullRequest.fromJson(JsonBodies.read(ctx));
        ctx.contentType(ContentType.APPLICATION_JSON).result(gate.run(() -> pull.pull(principal, request)).toJson());
    }
}
