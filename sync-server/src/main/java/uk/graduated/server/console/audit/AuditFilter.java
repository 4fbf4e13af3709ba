package uk.graduated.server.console.audit;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.UUID;
import uk.graduated.model.validation.Violations;

/**
 * The audit page's filters, from its query string: a pupil, a member of staff, an action, a date range
 * (both ends included, in the school's time zone) and the page number.
 *
 * @param action an {@link AccessAction} code, {@link #CHANGED} for changes to records, or null for all
 */
public record AuditFilter(UUID pupil, UUID staff, String action, LocalDate from, LocalDate to, int page) {
    /** The action filter for changes to records, kept in the record history rather than the access log. */
    public static final String CHANGED = "changed";

    public static AuditFilter from(Context ctx) {
        Violations v = new Violations();
        UUID pupil = uuid(v, "pupil", ctx.queryParam("pupil"));
        UUID staff = uuid(v, "staff", ctx.queryParam("staff"));
        String action = blankToNull(ctx.queryParam("action"));
        if (action != null && !CHANGED.equals(action) && AccessAction.fromCode(action).isEmpty()) {
            v.add("action", "invalid_value", "action must be one of the listed actions");
        }
        LocalDate from = date(v, "from", ctx.queryParam("from"));
        LocalDate to = date(v, "to", ctx.queryParam("to"));
        if (from != null && to != null && to.isBefore(from)) {
            v.add("to", "date_order", "the end of the date range must not be before its start");
        }
        int page = 1;
        String pageText = blankToNull(ctx.queryParam("page"));
        if (pageText != null) {
            if (!pageText.matches("[1-9][0-9]{0,5}")) {
                v.add("page", "invalid_value", "page must be a whole number from 1");
            } else {
                page = Integer.parseInt(pageText);
            }
        }
        v.throwIfAny();
        return new AuditFilter(pupil, staff, action, from, to, page);
    }

    public boolean isNarrowed() {
        return pupil != null || staff != null || action != null || from != null || to != null;
    }

    public boolean includesAccess() {
        return action == null || !CHANGED.equals(action);
    }

    public boolean includesChanges() {
        return action == null || CHANGED.equals(action);
    }

    public AuditFilter onPage(int number) {
        return new AuditFilter(pupil, staff, action, from, to, number);
    }

    /** The query string of these filters on {@code page}, for the pager's links. */
    public String query(int number) {
        StringBuilder q = new StringBuilder("?");
        append(q, "pupil", pupil == null ? null : pupil.toString());
        append(q, "staff", staff == null ? null : staff.toString());
        append(q, "action", action);
        append(q, "from", from == null ? null : from.toString());
        append(q, "to", to == null ? null : to.toString());
        append(q, "page", String.valueOf(number));
        return q.toString();
    }

    public String fromText() {
        return from == null ? "" : from.toString();
    }

    public String toText() {
        return to == null ? "" : to.toString();
    }

    private static void append(StringBuilder q, String name, String value) {
        if (value != null) {
            q.append(q.length() > 1 ? "&" : "").append(name).append('=').append(value);
        }
    }

    private static UUID uuid(Violations v, String field, String raw) {
        String value = blankToNull(raw);
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            v.add(field, "invalid_value", field + " must be chosen from the list");
            return null;
        }
    }

    private static LocalDate date(Violations v, String field, String raw) {
        String value = blankToNull(raw);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            v.add(field, "invalid_format", field + " must be a date (yyyy-mm-dd)");
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
