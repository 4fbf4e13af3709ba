package uk.graduated.server.console.staff;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import uk.graduated.model.sync.ErrorCode;
import uk.graduated.model.validation.FieldError;
import uk.graduated.model.validation.ValidationException;
import uk.graduated.server.auth.ApiException;
import uk.graduated.server.auth.PathIds;
import uk.graduated.server.console.web.ConsoleUser;
import uk.graduated.server.console.web.Page;
import uk.graduated.server.console.web.Section;
import uk.graduated.server.console.web.Templates;
import uk.graduated.server.staff.Credentials;
import uk.graduated.server.staff.NewStaff;
import uk.graduated.server.staff.SecretRules;
import uk.graduated.server.staff.StaffAccount;
import uk.graduated.server.staff.StaffAdmin;
import uk.graduated.server.staff.StaffEdit;

/**
 * Adding and changing staff accounts, for the SENCO and admins: {@code GET|POST /console/staff/new|staff}
 * and {@code GET|POST /console/staff/{id}/edit|{id}}. The form is checked by the staff API's rules
 * ({@link StaffAdmin}: who may change whom, an active SENCO remains, one e-mail per school) and every
 * change is recorded with who made it. A PIN typed here is set with the same rules as the API's.
 */
public final class StaffFormPages {
    static final int HISTORY_SHOWN = 10;

    private final StaffAdmin staff;
    private final Credentials credentials;
    private final Templates templates;
    private final ZoneId zone;

    public StaffFormPages(StaffAdmin staff, Credentials credentials, Templates templates, ZoneId zone) {
        this.staff = staff;
        this.credentials = credentials;
        this.templates = templates;
        this.zone = zone;
    }

    public void newForm(Context ctx, ConsoleUser user) {
        send(ctx, 200, user, null, StaffForm.blank(), List.of());
    }

    public void create(Context ctx, ConsoleUser user) {
        StaffForm form = StaffForm.from(ctx);
        UUID id = UUID.randomUUID();
        List<FieldError> errors = new ArrayList<>();
        checked(errors, () -> form.member(id, user.principal().schoolId()));
        NewStaff body = errors.isEmpty() ? checked(errors, () -> NewStaff.fromJson(form.newStaffJson(id).toString(),
                user.principal().schoolId())) : null;
        checkPin(errors, form);
        if (errors.isEmpty()) {
            checked(errors, () -> staff.create(user.principal(), body));
        }
        if (!errors.isEmpty()) {
            send(ctx, 400, user, null, form, errors);
            return;
        }
        if (form.hasPin()) {
            credentials.setPin(user.principal(), id, form.pin());
        }
        ctx.redirect("/console/staff?done=staff-added#staff", HttpStatus.SEE_OTHER);
    }

    public void editForm(Context ctx, ConsoleUser user) {
        StaffAccount account = staff.find(user.principal(), PathIds.of(ctx, "id"));
        send(ctx, 200, user, account, StaffForm.of(account), List.of());
    }

    public void update(Context ctx, ConsoleUser user) {
        StaffAccount account = staff.find(user.principal(), PathIds.of(ctx, "id"));
        StaffForm form = StaffForm.from(ctx);
        List<FieldError> errors = new ArrayList<>();
        checked(errors, () -> form.member(account.id(), account.schoolId()));
        StaffEdit edit = errors.isEmpty() ? checked(errors, () -> StaffEdit.fromJson(form.editJson().toString())) : null;
        checkPin(errors, form);
        if (errors.isEmpty()) {
            checked(errors, () -> staff.update(user.principal(), account.id(), edit));
        }
        if (!errors.isEmpty()) {
            send(ctx, 400, user, account, form, errors);
            return;
        }
        if (form.hasPin()) {
            credentials.setPin(user.principal(), account.id(), form.pin());
        }
        ctx.redirect("/console/staff?done=staff-changed#staff", HttpStatus.SEE_OTHER);
    }

    /** Runs a step of the staff rules, turning its refusal into errors on the form. */
    private static <T> T checked(List<FieldError> errors, Supplier<T> step) {
        try {
            return step.get();
        } catch (ValidationException e) {
            errors.addAll(e.errors());
        } catch (ApiException e) {
            if (e.code() != ErrorCode.FORBIDDEN) {
                throw e;
            }
            errors.add(new FieldError("roles", "forbidden", e.getMessage()));
        }
        return null;
    }

    private static void checkPin(List<FieldError> errors, StaffForm form) {
        if (form.hasPin()) {
            try {
                SecretRules.checkPin("pin", form.pin());
            } catch (ValidationException e) {
                errors.addAll(e.errors());
            }
        }
    }

    private void send(Context ctx, int status, ConsoleUser user, StaffAccount account, StaffForm form,
            List<FieldError> errors) {
        String title = account == null ? "Add a member of staff" : "Change " + account.displayName();
        StaffFormView view = new StaffFormView(account, form, StaffFormView.byField(errors),
                StaffFormView.notOfAField(errors),
                account == null ? List.of() : staff.history(user.principal(), account.id(), HISTORY_SHOWN), zone);
        templates.send(ctx, status, "console/staff-form.jte",
                Map.of("page", Page.of(user, title, Section.STAFF), "view", view));
    }
}
