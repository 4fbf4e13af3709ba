package uk.graduated.server.console.staff;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.graduated.model.validation.FieldError;
import uk.graduated.server.console.web.Dates;
import uk.graduated.server.staff.StaffAccount;
import uk.graduated.server.staff.StaffChanges;

/**
 * The add-or-change-a-member-of-staff page.
 *
 * @param account the account being changed, or null when adding one
 * @param history its latest recorded changes, newest first
 */
public record StaffFormView(StaffAccount account, StaffForm form, Map<String, String> fieldErrors,
        List<String> formErrors, List<StaffChanges.Entry> history, ZoneId zone) {
    private static final Map<String, String> LABELS = Map.of("displayName", "Name", "email", "Email", "roles", "Roles",
            "classes", "Classes or rooms", "pin", "PIN", "active", "Active");
    private static final List<String> FORM_ORDER = List.of("displayName", "email", "roles", "classes", "pin", "active");

    public StaffFormView {
        fieldErrors = Map.copyOf(fieldErrors);
        formErrors = List.copyOf(formErrors);
        history = List.copyOf(history);
    }

    /** Field errors by form field ("roles[0]" is the roles field), each a sentence naming the field as the form does. */
    static Map<String, String> byField(List<FieldError> errors) {
        Map<String, String> found = new LinkedHashMap<>();
        for (FieldError e : errors) {
            String field = e.field().replaceAll("\\[\\d+]$", "");
            String label = LABELS.get(field);
            String message = label != null && e.message().startsWith(e.field())
                    ? label + e.message().substring(e.field().length()) : e.message();
            if (LABELS.containsKey(field)) {
                found.putIfAbsent(field, message);
            }
        }
        Map<String, String> inFormOrder = new LinkedHashMap<>();
        FORM_ORDER.stream().filter(found::containsKey).forEach(f -> inFormOrder.put(f, found.get(f)));
        return inFormOrder;
    }

    /** The messages of errors about no field of the form. */
    static List<String> notOfAField(List<FieldError> errors) {
        return errors.stream().filter(e -> !LABELS.containsKey(e.field().replaceAll("\\[\\d+]$", "")))
                .map(FieldError::message).collect(Collectors.toList());
    }

    public boolean adding() {
        return account == null;
    }

    public String action() {
        return adding() ? "/console/staff" : "/console/staff/" + account.id();
    }

    public boolean hasErrors() {
        return !fieldErrors.isEmpty() || !formErrors.isEmpty();
    }

    public String error(String field) {
        return fieldErrors.get(field);
    }

    public String invalid(String field) {
        return fieldErrors.containsKey(field) ? "true" : null;
    }

    public String describedBy(String field, String hintId) {
        String error = fieldErrors.containsKey(field) ? field + "-error" : null;
        if (hintId == null) {
            return error;
        }
        return error == null ? hintId : hintId + " " + error;
    }

    public String when(StaffChanges.Entry entry) {
        return Dates.dayTime(Dates.in(entry.at(), zone));
    }

    public static String actionLabel(String action) {
        return switch (action) {
            case "added" -> "Added";
            case "deactivated" -> "Deactivated";
            case "reactivated" -> "Reactivated";
            case "pin_set" -> "PIN set";
            case "password_set" -> "Password set";
            default -> "Changed";
        };
    }
}
