package uk.graduated.model.school;

import uk.graduated.model.validation.FieldChecks;
import uk.graduated.model.validation.TextLimits;
import java.util.UUID;
import java.util.regex.Pattern;
import uk.graduated.model.validation.Violations;

/**
 * A school or nursery setting: the unit that owns staff, pupils and every record beneath them.
 *
 * @param id    client-generated id
 * @param name  e.g. "Larkfield Primary School", at most {@link TextLimits#NAME}
 * @param urn   the six-digit Unique Reference Number from Get Information About Schools, or null
 *              for a setting that has none (many private nurseries)
 * @param phase the age range served
 */
public record School(UUID id, String name, String urn, SchoolPhase phase) {
    private static final Pattern URN = Pattern.compile("[0-9]{6}");

    public School {
        urn = FieldChecks.blankToNull(urn);
        Violations v = new Violations();
        v.require("id", id);
        FieldChecks.requiredText(v, "name", name, TextLimits.NAME);
        if (urn != null && !URN.matcher(urn).matches()) {
            v.add("urn", "invalid_format", "urn must be six digits");
        }
        v.require("phase", phase);
        v.throwIfAny();
    }
}
