package uk.graduated.server.console.audit;

import io.javalin.http.Context;
import java.util.Map;
import uk.graduated.server.console.web.ConsoleUser;
import uk.graduated.server.console.web.Page;
import uk.graduated.server.console.web.Section;
import uk.graduated.server.console.web.Templates;

/** {@code GET /console/audit}: who viewed or changed which pupil's record, when and from where. */
public final class AuditPage {
    private final AuditService audit;
    private final Templates templates;

    public AuditPage(AuditService audit, Templates templates) {
        this.audit = audit;
        this.templates = templates;
    }

    public void show(Context ctx, ConsoleUser user) {
        AuditView view = audit.load(user.principal(), AuditFilter.from(ctx));
        templates.send(ctx, "console/audit.jte", Map.of("page", Page.of(user, "Audit", Section.AUDIT), "view", view));
    }
}
