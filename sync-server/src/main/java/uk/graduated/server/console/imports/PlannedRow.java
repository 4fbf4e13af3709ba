package uk.graduated.server.console.imports;

import java.util.List;
import uk.graduated.model.pupil.Pupil;
import uk.graduated.model.validation.FieldError;

/**
 * What importing one row would do.
 *
 * @param name     the pupil's name as the row gives it, for the preview even when the row is wrong
 * @param upn      the UPN cell as given
 * @param changes  for an update, one line per change ("Class: Oak → Ash")
 * @param errors   for an error, one per problem, each naming its column
 * @param pupil    the pupil record to write: null for errors
 * @param existing the pupil on the register this row updates, or null
 * @param sen      the provision and needs to write; {@link SenDelta#NONE} when they stay as they are
 */
public record PlannedRow(int number, String name, String upn, Outcome outcome, List<String> changes,
        List<FieldError> errors, Pupil pupil, ExistingPupil existing, SenDelta sen) {

    public enum Outcome {
        NEW("New pupil"),
        UPDATE("Update"),
        UNCHANGED("No change"),
        ERROR("Error");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public PlannedRow {
        changes = List.copyOf(changes);
        errors = List.copyOf(errors);
    }

    static PlannedRow error(CsvRow row, List<FieldError> errors) {
        return new PlannedRow(row.number(), nameOf(row), row.cell(ImportColumn.UPN), Outcome.ERROR, List.of(), errors,
                null, null, SenDelta.NONE);
    }

    /** Whether confirming writes anything for this row. */
    public boolean writes() {
        return outcome == Outcome.NEW || outcome == Outcome.UPDATE;
    }

    private static String nameOf(CsvRow row) {
        String name = (row.cell(ImportColumn.FORENAME) + " " + row.cell(ImportColumn.SURNAME)).strip();
        return name.isEmpty() ? "(no name)" : name;
    }
}
