package uk.graduated.server.console.imports;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import uk.graduated.model.pupil.Upn;
import uk.graduated.model.pupil.YearGroup;
import uk.graduated.model.sen.NeedType;
import uk.graduated.model.sen.SenProvision;

/**
 * One row of an import, read and checked on its own. Optional columns the file does not have are not
 * {@link #gives given}: an update leaves those members as they are.
 *
 * @param upn           null when the cell is blank
 * @param preferredName null when blank
 * @param className     null when blank
 * @param provision     null when the cell is blank: the pupil's SEN record is left as it is
 * @param primaryNeed   null unless {@code provision} is E or K
 * @param secondaryNeed null when none
 * @param columns       the columns the file has
 */
public record ImportedPupil(Upn upn, String forename, String preferredName, String surname, LocalDate dateOfBirth,
        YearGroup yearGroup, String className, SenProvision provision, NeedType primaryNeed, NeedType secondaryNeed,
        boolean lookedAfter, boolean pupilPremium, boolean eal, Set<ImportColumn> columns) {

    public ImportedPupil {
        columns = columns.isEmpty() ? Set.of() : EnumSet.copyOf(columns);
    }

    public boolean gives(ImportColumn column) {
        return columns.contains(column);
    }

    /** The name as a person reads it in the preview: the preferred name, if any, then the surname. */
    public String displayName() {
        return (preferredName != null ? preferredName : forename) + " " + surname;
    }
}
