package uk.graduated.model.plan;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import uk.graduated.model.validation.FieldChecks;
import uk.graduated.model.validation.TextLimits;
import uk.graduated.model.validation.Violations;

/**
 * The review that ends a cycle: progress on each target, what was decided, who took part and what
 * the pupil and the parents think (SEND Code of Practice 2015, 6.54-6.56).
 *
 * @param id               client-generated id
 * @param cycleId          the cycle reviewed
 * @param date             the meeting day
 * @param progress         one entry per target judged, no target twice
 * @param decisions        what changes next cycle, at most {@link TextLimits#SUMMARY}
 * @param attendees        at least one; see {@link #parentCarerAttended()}
 * @param pupilViews       the pupil's views, or null if not given; at most {@link TextLimits#NOTE}
 * @param parentCarerViews the parents' or carers' views, or null; at most {@link TextLimits#NOTE}
 */
public record PlanReview(
        UUID id,
        UUID cycleId,
        LocalDate date,
        List<TargetProgress> progress,
        String decisions,
        List<Attendee> attendees,
        String pupilViews,
        String parentCarerViews) {

    public PlanReview {
        pupilViews = FieldChecks.blankToNull(pupilViews);
        parentCarerViews = FieldChecks.blankToNull(parentCarerViews);
        Violations v = new Violations();
        v.require("id", id);
        v.require("cycleId", cycleId);
        v.require("date", date);
        if (v.require("progress", progress)) {
            checkProgress(v, progress);
        }
        FieldChecks.requiredText(v, "decisions", decisions, TextLimits.SUMMARY);
        if (attendees == null || attendees.isEmpty()) {
            v.add("attendees", "required", "attendees must name at least one person");
        } else {
            for (int i = 0; i < attendees.size(); i++) {
                v.require("attendees[" + i + "]", attendees.get(i));
            }
        }
        FieldChecks.optionalText(v, "pupilViews", pupilViews, TextLimits.NOTE);
        FieldChecks.optionalText(v, "parentCarerViews", parentCarerViews, TextLimits.NOTE);
        v.throwIfAny();
        progress = List.copyOf(progress);
        attendees = List.copyOf(attendees);
    }

    /** Whether a parent or carer took part, which the Code of Practice expects at every review. */
    public boolean parentCarerAttended() {
        return attendees.stream().anyMatch(a -> a.role() == AttendeeRole.PARENT_CARER);
    }

    private static void checkProgress(Violations v, List<TargetProgress> progress) {
        Set<UUID> judged = new HashSet<>();
        for (int i = 0; i < progress.size(); i++) {
            TargetProgress p = progress.get(i);
            String path = "progress[" + i + "]";
            if (v.require(path, p) && !judged.add(p.targetId())) {
                v.add(path + ".targetId", "duplicate", "a target is judged once per review");
            }
        }
    }
}
