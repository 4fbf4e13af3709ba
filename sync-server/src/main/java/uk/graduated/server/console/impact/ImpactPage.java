package uk.graduated.server.console.impact;

import io.javalin.http.Context;
import java.util.Map;
import uk.graduated.server.console.web.ConsoleUser;
import uk.graduated.server.console.web.Page;
import uk.graduated.server.console.web.Section;
import uk.graduated.server.console.web.Templates;

/** {@code GET /console/impact?period=term|year}: what the interventions achieve, for the money and time. */
public final class ImpactPage {
    private final ImpactService impact;
    private final Templates templates;

    public ImpactPage(ImpactService impact, Templates templates) {
        this.impact = impact;
        this.templates = templates;
    }

    public void show(Context ctx, ConsoleUser user) {
        ImpactView view = impact.load(user.principal(), ctx.queryParam("period"));
        templates.send(ctx, "console/impact.jte", Map.of("page", Page.of(user, "Impact", Section.IMPACT), "view", view));
    }
}
