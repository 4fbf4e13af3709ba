package uk.graduated.server.console.settings;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import uk.graduated.server.console.web.ConsoleUser;
import uk.graduated.server.console.web.Page;
import uk.graduated.server.console.web.Section;
import uk.graduated.server.console.web.Templates;

/** {@code GET|POST /console/school}: the school's details and term dates, for the SENCO and admins. */
public final class SchoolSettingsPage {
    private final SchoolSettings settings;
    private final Templates templates;

    public SchoolSettingsPage(SchoolSettings settings, Templates templates) {
        this.settings = settings;
        this.templates = templates;
    }

    public void show(Context ctx, ConsoleUser user) {
        SchoolSettings.Current current = settings.read(user.principal().schoolId());
        Page page = Page.of(user, "School and term dates", Section.SCHOOL);
        if ("saved".equals(ctx.queryParam("done"))) {
            page = page.withNotice("School details and term dates saved.");
        }
        send(ctx, 200, page, SchoolSettingsForm.of(current), Map.of(), current.phase() == null);
    }

    public void save(Context ctx, ConsoleUser user) {
        SchoolSettingsForm form = SchoolSettingsForm.from(ctx);
        Map<String, String> errors = settings.save(user.principal().schoolId(), form);
        if (errors.isEmpty()) {
            ctx.redirect(Section.SCHOOL.href() + "?done=saved", HttpStatus.SEE_OTHER);
            return;
        }
        send(ctx, 400, Page.of(user, "School and term dates", Section.SCHOOL), form, errors, false);
    }

    private void send(Context ctx, int status, Page page, SchoolSettingsForm form, Map<String, String> errors,
            boolean phaseMissing) {
        templates.send(ctx, status, "console/school-settings.jte",
                Map.of("page", page, "view", new SchoolSettingsView(form, errors, phaseMissing)));
    }
}
