package uk.graduated.server.console.settings;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import uk.graduated.model.school.SchoolPhase;
import uk.graduated.server.school.SchoolDates;

/**
 * The school details and term dates form as typed. Term and closure rows are numbered fields
 * ({@code term-0-label}, {@code term-0-start}, ...), so the page works without JavaScript: it always
 * offers a few blank rows to fill in, and a row left blank is ignored.
 */
public record SchoolSettingsForm(String name, String urn, String phase, List<DateRow> terms, List<DateRow> closures) {
    /** Six rows cover schools that record half-terms as separate terms. */
    static final int TERM_ROWS = 6;
    static final int MAX_CLOSURE_ROWS = 40;
    private static final int BLANK_CLOSURE_ROWS = 4;
    private static final Pattern URN = Pattern.compile("[0-9]{6}");
    private static final String UNREADABLE =
            "This contains characters that are not text (control characters, or bytes that are not UTF-8); type it again.";

    public SchoolSettingsForm {
        terms = List.copyOf(terms);
        closures = List.copyOf(closures);
    }

    static SchoolSettingsForm from(Context ctx) {
        return new SchoolSettingsForm(trim(ctx.formParam("name")), trim(ctx.formParam("urn")), trim(ctx.formParam("phase")),
                rows(ctx, "term", TERM_ROWS), rows(ctx, "closure", MAX_CLOSURE_ROWS));
    }

    private static List<DateRow> rows(Context ctx, String prefix, int max) {
        List<DateRow> rows = new ArrayList<>();
        for (int i = 0; i < max; i++) {
            rows.add(new DateRow(trim(ctx.formParam(prefix + "-" + i + "-label")),
                    trim(ctx.formParam(prefix + "-" + i + "-start")), trim(ctx.formParam(prefix + "-" + i + "-end"))));
        }
        return withBlankRows(rows, max, prefix.equals("term") ? TERM_ROWS : BLANK_CLOSURE_ROWS);
    }

    /** The school as saved, with blank rows to add more. */
    static SchoolSettingsForm of(SchoolSettings.Current current) {
        List<DateRow> terms = new ArrayList<>();
        current.dates().terms().forEach(t -> terms.add(row(t)));
        List<DateRow> closures = new ArrayList<>();
        current.dates().closures().forEach(c -> closures.add(row(c)));
        return new SchoolSettingsForm(current.name(), current.urn(), current.phase() == null ? null : current.phase().code(),
                withBlankRows(terms, TERM_ROWS, TERM_ROWS), withBlankRows(closures, MAX_CLOSURE_ROWS, BLANK_CLOSURE_ROWS));
    }

    private static DateRow row(SchoolDates.Entry entry) {
        return new DateRow(entry.label(), entry.startsOn().toString(), entry.endsOn().toString());
    }

    /** The filled rows in their order, then blank ones: at least {@code blanks}, up to {@code max} rows. */
    private static List<DateRow> withBlankRows(List<DateRow> rows, int max, int blanks) {
        List<DateRow> out = new ArrayList<>();
        rows.stream().filter(r -> !r.isBlank()).forEach(out::add);
        int target = Math.min(max, Math.max(blanks, out.size() + blanks));
        while (out.size() < target) {
            out.add(DateRow.BLANK);
        }
        return out;
    }

    public List<SchoolPhase> phaseOptions() {
        return List.of(SchoolPhase.values());
    }

    public String phaseLabel(SchoolPhase option) {
        return switch (option) {
            case NURSERY -> "Nursery or early years setting";
            case PRIMARY -> "Primary";
            case SECONDARY -> "Secondary";
            case ALL_THROUGH -> "All-through";
        };
    }

    public boolean isPhase(SchoolPhase option) {
        return option.code().equals(phase);
    }

    /** A sentence per field at fault, keyed by the field's id; empty when the form can be saved. */
    Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (name == null) {
            errors.put("name", "Enter the school's name.");
        } else if (name.length() > 200) {
            errors.put("name", "The name can be at most 200 characters.");
        } else if (!isPlainText(name)) {
            errors.put("name", UNREADABLE);
        }
        if (urn != null && !URN.matcher(urn).matches()) {
            errors.put("urn", "The URN is the six-digit number from Get Information About Schools, such as 123456. Leave it empty if the setting has none.");
        }
        if (phase == null || SchoolPhase.fromCode(phase).isEmpty()) {
            errors.put("phase", "Choose the phase: nursery, primary, secondary or all-through.");
        }
        checkRows(errors, "term", terms);
        checkRows(errors, "closure", closures);
        if (errors.isEmpty()) {
            checkTermsDoNotOverlap(errors);
        }
        return errors;
    }

    private static void checkRows(Map<String, String> errors, String prefix, List<DateRow> rows) {
        for (int i = 0; i < rows.size(); i++) {
            DateRow row = rows.get(i);
            if (row.isBlank()) {
                continue;
            }
            String field = prefix + "-" + i;
            if (row.label() == null) {
                errors.put(field + "-label", "Give row " + (i + 1) + " a name, such as \"" + (prefix.equals("term") ? "Autumn term" : "Half-term") + "\".");
            } else if (row.label().length() > 80) {
                errors.put(field + "-label", "The name in row " + (i + 1) + " can be at most 80 characters.");
            } else if (!isPlainText(row.label())) {
                errors.put(field + "-label", UNREADABLE);
            }
            LocalDate start = row.parsedStart();
            LocalDate end = row.parsedEnd();
            if (start == null) {
                errors.put(field + "-start", "Enter the first day of row " + (i + 1) + ".");
            }
            if (end == null) {
                errors.put(field + "-end", "Enter the last day of row " + (i + 1) + ".");
            }
            if (start != null && end != null) {
                if (end.isBefore(start)) {
                    errors.put(field + "-end", "The last day of row " + (i + 1) + " is before its first day.");
                } else if (ChronoUnit.DAYS.between(start, end) > 366) {
                    errors.put(field + "-end", "Row " + (i + 1) + " is longer than a year; enter each term separately.");
                }
            }
        }
    }

    private void checkTermsDoNotOverlap(Map<String, String> errors) {
        for (int i = 0; i < terms.size(); i++) {
            for (int j = i + 1; j < terms.size(); j++) {
                DateRow a = terms.get(i);
                DateRow b = terms.get(j);
                if (a.isBlank() || b.isBlank()) {
                    continue;
                }
                if (!a.parsedStart().isAfter(b.parsedEnd()) && !b.parsedStart().isAfter(a.parsedEnd())) {
                    errors.put("term-" + j + "-start", "Terms " + (i + 1) + " and " + (j + 1) + " overlap.");
                }
            }
        }
    }

    /** The entered dates; only for a form without {@link #errors()}. */
    SchoolDates dates() {
        return new SchoolDates(entries(terms), entries(closures));
    }

    private static List<SchoolDates.Entry> entries(List<DateRow> rows) {
        List<SchoolDates.Entry> entries = new ArrayList<>();
        for (DateRow row : rows) {
            if (!row.isBlank()) {
                entries.add(new SchoolDates.Entry(row.label(), row.parsedStart(), row.parsedEnd()));
            }
        }
        return entries;
    }

    /**
     * One line of readable text: no control characters (PostgreSQL refuses NUL), and no U+FFFD, which
     * is what bytes that were not UTF-8 became when the form was decoded.
     */
    private static boolean isPlainText(String value) {
        return value.codePoints().noneMatch(c -> Character.isISOControl(c) || c == 0xFFFD);
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
