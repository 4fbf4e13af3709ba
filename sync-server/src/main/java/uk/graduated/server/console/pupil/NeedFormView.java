package uk.graduated.server.console.pupil;

import java.util.List;
import java.util.Map;
import uk.graduated.model.sen.SenProvision;

/**
 * The add-or-change-a-need page.
 *
 * @param need       the need being changed, or null when adding one
 * @param openNeeds  the pupil's needs open today, shown beside the form
 */
public record NeedFormView(PupilRef pupil, PupilRecords.Need need, NeedForm form, SenProvision provision,
        List<PupilRecords.Need> openNeeds, Map<String, String> fieldErrors, List<String> formErrors) {
    public NeedFormView {
        openNeeds = List.copyOf(openNeeds);
        fieldErrors = Map.copyOf(fieldErrors);
        formErrors = List.copyOf(formErrors);
    }

    public boolean adding() {
        return need == null;
    }

    public String action() {
        return adding() ? pupil.href() + "/needs" : pupil.href() + "/needs/" + need.id();
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

    public String describedBy(String field) {
        return fieldErrors.containsKey(field) ? field + "-error" : null;
    }
}
