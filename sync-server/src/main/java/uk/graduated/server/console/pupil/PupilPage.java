package uk.graduated.server.console.pupil;

import io.javalin.http.Context;
import java.util.Map;
import uk.graduated.server.auth.PathIds;
import uk.graduated.server.console.audit.AccessAction;
import uk.graduated.server.console.audit.PupilAccessLog;
import uk.graduated.server.console.web.ConsoleUser;
import uk.graduated.server.console.web.Page;
import uk.graduated.server.console.web.Section;
import uk.graduated.server.console.web.Templates;

/** {@code GET /console/pupils/{id}}: one pupil's SEN record. */
public final class PupilPage {
    private static final Map<String, String> NOTICES = Map.of(
            "need-added", "The need was added.",
            "need-changed", "The need was changed.");

    private final PupilService pupils;
    private final PupilAccessLog accessLog;
    private final Templates templates;

    public PupilPage(PupilService pupils, PupilAccessLog accessLog, Templates templates) {
        this.pupils = pupils;
        this.accessLog = accessLog;
        this.templates = templates;
    }

    public void show(Context ctx, ConsoleUser user) {
        PupilView view = pupils.load(user.principal(), PathIds.of(ctx, "id"));
        accessLog.record(user.principal(), view.pupil().ref().id(), AccessAction.VIEWED_PUPIL,
                PupilAccessLog.Origin.of(ctx));
        Page page = Page.of(user, view.pupil().ref().name(), Section.REGISTER);
        String done = ctx.queryParam("done");
        if (done != null && NOTICES.containsKey(done)) {
            page = page.withNotice(NOTICES.get(done));
        }
        templates.send(ctx, "console/pupil.jte", Map.of("page", page, "view", view));
    }
}
