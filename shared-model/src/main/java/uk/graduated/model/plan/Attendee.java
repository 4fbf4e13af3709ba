package uk.graduated.model.plan;

import uk.graduated.model.validation.FieldChecks;
import uk.graduated.model.validation.TextLimits;
import uk.graduated.model.validation.Violations;

/**
 * Someone at a review meeting.
 *
 * @param name as it should appear in the record, e.g. "Mrs Adeyemi (mother)"; at most {@link TextLimits#NAME}
 * @param role in what capacity
 */
public record Attendee(String name, AttendeeRole role) {
    public Attendee {
        Violations v = new Violations();
        FieldChecks.requiredText(v, "name", name, TextLimits.NAME);
        v.require("role", role);
        v.throwIfAny();
    }
}
