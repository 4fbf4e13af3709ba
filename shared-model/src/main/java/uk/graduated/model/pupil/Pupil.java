package uk.graduated.model.pupil;

import java.time.LocalDate;
import java.util.UUID;
import uk.graduated.model.validation.FieldChecks;
import uk.graduated.model.validation.TextLimits;
import uk.graduated.model.validation.Violations;

/**
 * A child or young person on a school's roll (or who has left it, whose records are kept).
 * Checks that need today's date, such as a birth date in the future, live in {@link PupilRules}
 * because the model never reads the clock.
 *
 * @param id             client-generated id
 * @param schoolId       the school whose roll the pupil is on
 * @param legalFirstName as on the MIS, at most {@link TextLimits#NAME}
 * @param legalLastName  as on the MIS, at most {@link TextLimits#NAME}
 * @param preferredName  the name the child answers to, or null when it is the legal first name
 * @param dateOfBirth    required
 * @param yearGroup      required
 * @param className      class or nursery room, e.g. "Oak" or "Caterpillars", or null when not yet
 *                       placed; at most {@link TextLimits#LABEL}
 * @param upn            unique pupil number, or null when not known (common in private nurseries)
 * @param flags          looked-after, pupil premium, EAL
 * @param leftOn         first day no longer on roll, or null while on roll
 */
public record Pupil(
        UUID id,
        UUID schoolId,
        String legalFirstName,
        String legalLastName,
        String preferredName,
        LocalDate dateOfBirth,
        YearGroup yearGroup,
        String className,
        Upn upn,
        PupilFlags flags,
        LocalDate leftOn) {

    public Pupil {
        preferredName = FieldChecks.blankToNull(preferredName);
        className = FieldChecks.blankToNull(className);
        Violations v = new Violations();
        v.require("id", id);
        v.require("schoolId", schoolId);
        FieldChecks.requiredText(v, "legalFirstName", legalFirstName, TextLimits.NAME);
        FieldChecks.requiredText(v, "legalLastName", legalLastName, TextLimits.NAME);
        FieldChecks.optionalText(v, "preferredName", preferredName, TextLimits.NAME);
        v.require("dateOfBirth", dateOfBirth);
        v.require("yearGroup", yearGroup);
        FieldChecks.optionalText(v, "className", className, TextLimits.LABEL);
        v.require("flags", flags);
        FieldChecks.after(v, "leftOn", leftOn, "dateOfBirth", dateOfBirth);
        v.throwIfAny();
    }

    /** The name staff use day to day: the preferred name if there is one, then the last name. */
    public String displayName() {
        return (preferredName != null ? preferredName : legalFirstName) + " " + legalLastName;
    }

    /** On roll on {@code date}: has not left, or leaves after that day. */
    public boolean isOnRollOn(LocalDate date) {
        return leftOn == null || date.isBefore(leftOn);
    }
}
