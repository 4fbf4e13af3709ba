package uk.graduated.server.console.staff;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import uk.graduated.model.school.Role;
import uk.graduated.model.school.StaffMember;
import uk.graduated.server.staff.StaffAccount;

/**
 * The add-or-change-a-member-of-staff form as typed, kept as text so a refused form shows what was
 * entered. It is checked by the staff API's own rules: the form becomes the API's JSON body.
 *
 * @param roles   role codes ticked
 * @param classes classes or rooms, separated by commas
 * @param pin     a new PIN, or blank to leave it as it is
 * @param active  "yes" or "no" (changing only)
 */
public record StaffForm(String displayName, String email, Set<String> roles, String classes, String pin,
        String active) {
    public StaffForm {
        roles = Set.copyOf(roles);
    }

    public static StaffForm from(Context ctx) {
        return new StaffForm(trim(ctx.formParam("displayName")), trim(ctx.formParam("email")),
                new LinkedHashSet<>(ctx.formParams("roles")), trim(ctx.formParam("classes")), trim(ctx.formParam("pin")),
                trim(ctx.formParam("active")));
    }

    public static StaffForm blank() {
        return new StaffForm("", "", Set.of(), "", "", "yes");
    }

    public static StaffForm of(StaffAccount account) {
        Set<String> roles = new LinkedHashSet<>();
        account.roles().forEach(r -> roles.add(r.code()));
        return new StaffForm(account.displayName(), account.email(), roles, String.join(", ", account.classes()), "",
                account.active() ? "yes" : "no");
    }

    public List<Role> roleOptions() {
        return List.of(Role.values());
    }

    public boolean has(Role role) {
        return roles.contains(role.code());
    }

    public boolean isActive() {
        return !"no".equals(active);
    }

    public boolean hasPin() {
        return pin != null && !pin.isEmpty();
    }

    /**
     * The shared model's staff member of this form, built for its checks: they report every field at
     * once, where the API's body stops at a missing field.
     */
    StaffMember member(UUID id, UUID schoolId) {
        Set<Role> chosen = EnumSet.noneOf(Role.class);
        roles.forEach(code -> Role.fromCode(code).ifPresent(chosen::add));
        return new StaffMember(id, schoolId, displayName.isEmpty() ? null : displayName, email.isEmpty() ? null : email,
                chosen);
    }

    /** The body of {@code POST /api/v1/staff} for a new account with this id. */
    JsonObject newStaffJson(UUID id) {
        JsonObject json = editJson();
        json.remove("active");
        json.addProperty("id", id.toString());
        return json;
    }

    /** The body of {@code PATCH /api/v1/staff/{id}}: every field of the form. */
    JsonObject editJson() {
        JsonObject json = new JsonObject();
        json.addProperty("displayName", displayName);
        json.addProperty("email", email);
        JsonArray roleCodes = new JsonArray();
        roles.forEach(roleCodes::add);
        json.add("roles", roleCodes);
        JsonArray classList = new JsonArray();
        classList().forEach(classList::add);
        json.add("classes", classList);
        json.addProperty("active", isActive());
        return json;
    }

    private List<String> classList() {
        List<String> list = new ArrayList<>();
        for (String part : classes == null ? new String[0] : classes.split(",")) {
            if (!part.isBlank()) {
                list.add(part.strip());
            }
        }
        return list;
    }

    private static String trim(String value) {
        return value == null ? "" : value.strip();
    }
}
