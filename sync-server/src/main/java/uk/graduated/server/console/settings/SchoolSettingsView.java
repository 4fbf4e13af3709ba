package uk.graduated.server.console.settings;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The school settings page.
 *
 * @param phaseMissing whether the school has no phase yet, so tablets do not receive its record
 */
public record SchoolSettingsView(SchoolSettingsForm form, Map<String, String> fieldErrors, boolean phaseMissing) {
    public SchoolSettingsView {
        // in the form's order, for the error summary
        fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    public boolean hasErrors() {
        return !fieldErrors.isEmpty();
    }

    public String error(String field) {
        return fieldErrors.get(field);
    }

    public String invalid(String field) {
        return fieldErrors.containsKey(field) ? "true" : null;
    }

    public String describedBy(String field) {
        return fieldErrors.containsKey(field) ? field + "-error" : null;
    }
}
