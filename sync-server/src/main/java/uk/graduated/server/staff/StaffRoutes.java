package uk.graduated.server.staff;

import com.google.gson.JsonArray;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Set;
import uk.graduated.model.json.JsonFields;
import uk.graduated.model.json.JsonOut;
import uk.graduated.model.school.Role;
import uk.graduated.server.auth.Access;
import uk.graduated.server.auth.JsonReplies;
import uk.graduated.server.auth.JsonRequests;
import uk.graduated.server.auth.PathIds;
import uk.graduated.server.auth.Principal;
import uk.graduated.server.web.Routes;

/**
 * Staff accounts: {@code GET} and {@code POST /api/v1/staff}, {@code PATCH /api/v1/staff/{id}}
 * (SENCO or admin); {@code POST /api/v1/staff/{id}/pin} and {@code .../password} (the person, or a
 * SENCO or admin for them).
 */
public final class StaffRoutes implements Routes {
    private static final Set<String> PIN_FIELDS = Set.of("pin");
    private static final Set<String> PASSWORD_FIELDS = Set.of("password", "currentPassword");

    private final StaffAdmin staff;
    private final Credentials credentials;

    public StaffRoutes(StaffAdmin staff, Credentials credentials) {
        this.staff = staff;
        this.credentials = credentials;
    }

    @Override
    public void addTo(Javalin app) {
        app.get("/api/v1/staff", this::list);
        app.post("/api/v1/staff", this::create);
        app.patch("/api/v1/staff/{id}", this::update);
        app.post("/api/v1/staff/{id}/pin", this::setPin);
        app.post("/api/v1/staff/{id}/password", this::setPassword);
    }

    private void list(Context ctx) {
        Principal caller = Access.requireRole(ctx, Role.SENCO, Role.ADMIN);
        JsonArray list = new JsonArray();
        staff.list(caller).forEach(s -> list.add(s.toJson()));
        JsonReplies.send(ctx, HttpStatus.OK.getCode(), new JsonOut().put("staff", list).build());
    }

    private void create(Context ctx) {
        Principal caller = Access.requireRole(ctx, Role.SENCO, Role.ADMIN);
        NewStaff body = NewStaff.fromJson(JsonRequests.body(ctx), caller.schoolId());
        JsonReplies.send(ctx, HttpStatus.CREATED.getCode(), staff.create(caller, body).toJson());
    }

    private void update(Context ctx) {
        Principal caller = Access.requireRole(ctx, Role.SENCO, Role.ADMIN);
        StaffEdit edit = StaffEdit.fromJson(JsonRequests.body(ctx));
        JsonReplies.send(ctx, HttpStatus.OK.getCode(), staff.update(caller, PathIds.of(ctx, "id"), edit).toJson());
    }

    private void setPin(Context ctx) {
        Principal caller = Access.requirePerson(ctx);
        JsonFields f = JsonFields.parse(JsonRequests.body(ctx));
        f.rejectUnknown(PIN_FIELDS);
        String pin = f.requiredString("pin");
        f.throwIfInvalid();
        credentials.setPin(caller, PathIds.of(ctx, "id"), pin);
        ctx.status(HttpStatus.NO_CONTENT);
    }

    private void setPassword(Context ctx) {
        Principal caller = Access.requirePerson(ctx);
        JsonFields f = JsonFields.parse(JsonRequests.body(ctx));
        f.rejectUnknown(PASSWORD_FIELDS);
        String password = f.requiredString("password");
        String currentPassword = f.optionalString("currentPassword");
        f.throwIfInvalid();
        credentials.setPassword(caller, PathIds.of(ctx, "id"), password, currentPassword);
        ctx.status(HttpStatus.NO_CONTENT);
    }
}
