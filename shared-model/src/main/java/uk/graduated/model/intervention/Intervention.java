package uk.graduated.model.intervention;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import uk.graduated.model.validation.FieldChecks;
import uk.graduated.model.validation.TextLimits;
import uk.graduated.model.sen.BroadArea;
import uk.graduated.model.validation.Violations;

/**
 * One line of the school's provision map: a group or one-to-one programme with its schedule,
 * staff, costs and the assessment used to measure impact.
 *
 * @param id              client-generated id
 * @param schoolId        the school whose provision map it belongs to
 * @param name            e.g. "Phonics catch-up (Year 2)", at most {@link TextLimits#NAME}
 * @param areaOfNeed      the broad area of need it addresses
 * @param intendedOutcome what the pupils should achieve, at most {@link TextLimits#STATEMENT}
 * @param assessment      the measure taken on entry and exit
 * @param leadStaffIds    staff who run it: distinct, at most {@value #MAX_LEAD_STAFF}; may be empty
 *                        while planned, at least one once running
 * @param schedule        days, frequency, length and dates
 * @param costs           staff hourly cost and resources
 * @param maxGroupSize    1-{@value #MAX_GROUP_SIZE} pupils (1 for one-to-one work)
 * @param status          planned, running or ended
 */
public record Intervention(
        UUID id,
        UUID schoolId,
        String name,
        BroadArea areaOfNeed,
        String intendedOutcome,
        Assessment assessment,
        List<UUID> leadStaffIds,
        Schedule schedule,
        Costs costs,
        int maxGroupSize,
        InterventionStatus status) {

    public static final int MAX_LEAD_STAFF = 5;
    public static final int MAX_GROUP_SIZE = 30;

    public Intervention {
        Violations v = new Violations();
        v.require("id", id);
        v.require("schoolId", schoolId);
        FieldChecks.requiredText(v, "name", name, TextLimits.NAME);
        v.require("areaOfNeed", areaOfNeed);
        FieldChecks.requiredText(v, "intendedOutcome", intendedOutcome, TextLimits.STATEMENT);
        v.require("assessment", assessment);
        v.require("schedule", schedule);
        v.require("costs", costs);
        if (maxGroupSize < 1 || maxGroupSize > MAX_GROUP_SIZE) {
            v.add("maxGroupSize", "out_of_range", "maxGroupSize must be between 1 and " + MAX_GROUP_SIZE);
        }
        v.require("status", status);
        checkLeadStaff(v, leadStaffIds, status);
        v.throwIfAny();
        leadStaffIds = List.copyOf(leadStaffIds);
    }

    private static void checkLeadStaff(Violations v, List<UUID> leadStaffIds, InterventionStatus status) {
        if (leadStaffIds == null) {
            v.add("leadStaffIds", "required", "leadStaffIds is required (it may be empty while planned)");
            return;
        }
        if (leadStaffIds.size() > MAX_LEAD_STAFF) {
            v.add("leadStaffIds", "too_many", "leadStaffIds may name at most " + MAX_LEAD_STAFF + " staff");
        }
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < leadStaffIds.size(); i++) {
            UUID staffId = leadStaffIds.get(i);
            if (staffId == null) {
                v.add("leadStaffIds[" + i + "]", "required", "leadStaffIds[" + i + "] is required");
            } else if (!seen.add(staffId)) {
                v.add("leadStaffIds[" + i + "]", "duplicate", "the same member of staff is listed twice");
            }
        }
        if (leadStaffIds.isEmpty() && status == InterventionStatus.RUNNING) {
            v.add("leadStaffIds", "required", "a running intervention needs at least one lead member of staff");
        }
    }
}
