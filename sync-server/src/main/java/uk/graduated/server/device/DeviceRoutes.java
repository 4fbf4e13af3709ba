package uk.graduated.server.device;

import com.google.gson.JsonArray;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import uk.graduated.model.json.JsonOut;
import uk.graduated.model.school.Role;
import uk.graduated.model.sync.EnrolRequest;
import uk.graduated.server.auth.Access;
import uk.graduated.server.auth.JsonReplies;
import uk.graduated.server.auth.JsonRequests;
import uk.graduated.server.auth.OpenAccess;
import uk.graduated.server.auth.PathIds;
import uk.graduated.server.auth.Principal;
import uk.graduated.server.sync.ProtocolHeader;
import uk.graduated.server.web.Routes;

/**
 * Enrolment and devices: {@code POST /api/v1/enrolment-codes} and {@code GET /api/v1/devices},
 * {@code POST /api/v1/devices/{id}/revoke} (SENCO or admin); {@code POST /api/v1/enrol} (no token);
 * {@code GET /api/v1/device} (the device token).
 */
public final class DeviceRoutes implements Routes {
    private final Enrolment enrolment;
    private final DeviceAdmin devices;

    public DeviceRoutes(Enrolment enrolment, DeviceAdmin devices) {
        this.enrolment = enrolment;
        this.devices = devices;
    }

    @Override
    public void addTo(Javalin app) {
        // The two routes of the tablet protocol carry its version header; the admin routes serve the console.
        app.beforeMatched("/api/v1/enrol", ProtocolHeader::check);
        app.beforeMatched("/api/v1/device", ProtocolHeader::check);
        app.post("/api/v1/enrolment-codes", this::issueCode);
        app.post("/api/v1/enrol", this::enrol, OpenAccess.PUBLIC);
        app.get("/api/v1/device", this::status);
        app.get("/api/v1/devices", this::list);
        app.post("/api/v1/devices/{id}/revoke", this::revoke);
    }

    private void issueCode(Context ctx) {
        Principal issuer = Access.requireRole(ctx, Role.SENCO, Role.ADMIN);
        Enrolment.IssuedCode code = enrolment.issue(issuer);
        JsonReplies.send(ctx, HttpStatus.CREATED.getCode(),
                new JsonOut().put("code", code.code()).put("expiresAt", code.expiresAt()).build());
    }

    private void enrol(Context ctx) {
        EnrolRequest request = EnrolRequest.fromJson(JsonRequests.body(ctx));
        JsonReplies.send(ctx, HttpStatus.OK.getCode(), enrolment.enrol(request, ctx.ip()).toJsonObject());
    }

    private void status(Context ctx) {
        Principal device = Access.requireDeviceToken(ctx);
        JsonReplies.send(ctx, HttpStatus.OK.getCode(), devices.status(device).toJsonObject());
    }

    private void list(Context ctx) {
        Principal caller = Access.requireRole(ctx, Role.SENCO, Role.ADMIN);
        JsonArray list = new JsonArray();
        devices.list(caller).forEach(d -> list.add(d.toJson()));
        JsonReplies.send(ctx, HttpStatus.OK.getCode(), new JsonOut().put("devices", list).build());
    }

    private void revoke(Context ctx) {
        Principal caller = Access.requireRole(ctx, Role.SENCO, Role.ADMIN);
        Device revoked = devices.revoke(caller, PathIds.of(ctx, "id"));
        JsonReplies.send(ctx, HttpStatus.OK.getCode(), revoked.toJson());
    }
}
