package uk.graduated.server.console.register;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import uk.graduated.server.console.web.ConsoleUser;
import uk.graduated.server.console.web.Page;
import uk.graduated.server.console.web.Section;
import uk.graduated.server.console.web.Templates;

/** {@code GET /console/register}: the SEN register as a filtered table, with counts by need. */
public final class RegisterPage {
    private final Jdbi jdbi;
    private final Clock clock;
    private final Templates templates;

    public RegisterPage(Jdbi jdbi, Clock clock, Templates templates) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.templates = templates;
    }

    public void show(Context ctx, ConsoleUser user) {
        RegisterFilter filter = RegisterFilter.from(ctx);
        LocalDate today = LocalDate.now(clock);
        RegisterView view = jdbi.inTransaction(h -> {
            RegisterDao dao = new RegisterDao(h, user.principal().schoolId());
            return new RegisterView(filter, dao.find(filter, today), dao.classNames());
        });
        templates.send(ctx, "console/register.jte", Map.of("page", Page.of(user, "Register", Section.REGISTER),
                "view", view));
    }
}
