package uk.graduated.server.console.home;

import io.javalin.http.Context;
import java.util.Map;
import uk.graduated.server.console.web.ConsoleUser;
import uk.graduated.server.console.web.Page;
import uk.graduated.server.console.web.Section;
import uk.graduated.server.console.web.Templates;

/** {@code GET /console/home}: what needs the SENCO's attention. */
public final class HomePage {
    private final AttentionService attention;
    private final Templates templates;

    public HomePage(AttentionService attention, Templates templates) {
        this.attention = attention;
        this.templates = templates;
    }

    public void show(Context ctx, ConsoleUser user) {
        HomeView view = attention.load(user.principal());
        templates.send(ctx, "console/home.jte",
                Map.of("page", Page.of(user, "What needs attention", Section.HOME), "view", view));
    }
}
