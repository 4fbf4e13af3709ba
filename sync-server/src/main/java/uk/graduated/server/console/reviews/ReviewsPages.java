package uk.graduated.server.console.reviews;

import io.javalin.http.Context;
import java.util.Map;
import uk.graduated.server.console.web.ConsoleUser;
import uk.graduated.server.console.web.Page;
import uk.graduated.server.console.web.Section;
import uk.graduated.server.console.web.Templates;

/** {@code GET /console/reviews} (the month calendar) and {@code GET /console/reviews/due} (the due list). */
public final class ReviewsPages {
    private final ReviewCalendar calendar;
    private final DueList dueList;
    private final Templates templates;

    public ReviewsPages(ReviewCalendar calendar, DueList dueList, Templates templates) {
        this.calendar = calendar;
        this.dueList = dueList;
        this.templates = templates;
    }

    public void calendar(Context ctx, ConsoleUser user) {
        CalendarView view = calendar.month(user.principal(), calendar.monthOf(ctx.queryParam("month")),
                "list".equals(ctx.queryParam("view")));
        templates.send(ctx, "console/reviews-calendar.jte",
                Map.of("page", Page.of(user, "Reviews: " + view.title(), Section.REVIEWS), "view", view));
    }

    public void due(Context ctx, ConsoleUser user) {
        DueListView view = dueList.load(user.principal(), DueList.weeksOf(ctx.queryParam("weeks")));
        templates.send(ctx, "console/reviews-due.jte",
                Map.of("page", Page.of(user, "Reviews due", Section.REVIEWS), "view", view));
    }
}
