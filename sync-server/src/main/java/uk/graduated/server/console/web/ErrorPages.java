package uk.graduated.server.console.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import uk.graduated.model.validation.FieldError;
import uk.graduated.server.web.RequestIds;

/** Console failures as HTML pages, in the console's layout, never as the API's JSON. */
public final class ErrorPages {
    /** What an error page says. */
    public record ErrorView(String heading, String message, List<FieldError> errors, String requestId) {
        public ErrorView {
            errors = List.copyOf(errors);
        }
    }

    private final Templates templates;

    public ErrorPages(Templates templates) {
        this.templates = templates;
    }

    public void send(Context ctx, int status, ConsoleUser user, String heading, String message) {
        send(ctx, status, user, heading, message, List.of());
    }

    public void send(Context ctx, int status, ConsoleUser user, String heading, String message, List<FieldError> errors) {
        ErrorView view = new ErrorView(heading, message, errors, requestId(ctx));
        templates.send(ctx, status, "console/error.jte", Map.of("page", new Page(user, heading, null, null), "view", view));
    }

    /** The id the request-id filter gave this request, for the person to quote. */
    private static String requestId(Context ctx) {
        String id = ctx.res().getHeader(RequestIds.HEADER);
        return id == null ? "" : id;
    }

    /** The page a signed-in person without the SENCO or admin role gets. */
    public void consoleNotForRole(Context ctx, ConsoleUser user) {
        send(ctx, 403, user, "The console is for the SENCO and admins",
                "You are signed in as " + user.name() + " (" + user.roleLabel() + "). The register and its records are "
                        + "kept by the SENCO; staff accounts and tablets by the SENCO and admins. Your work is on the "
                        + "Graduated tablet app.");
    }

    public void notFound(Context ctx, ConsoleUser user) {
        send(ctx, 404, user, "Page not found",
                "There is no such page or record. It may have been removed, or the address may be mistyped.");
    }
}
