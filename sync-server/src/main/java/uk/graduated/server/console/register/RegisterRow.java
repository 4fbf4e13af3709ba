package uk.graduated.server.console.register;

import java.time.LocalDate;
import uk.graduated.model.pupil.YearGroup;
import uk.graduated.model.sen.NeedType;
import uk.graduated.model.sen.SenProvision;
import uk.graduated.server.console.pupil.PupilRef;

/** One pupil's line on the register: provision today, the ranked needs open today, and the flags. */
public record RegisterRow(PupilRef pupil, String upn, YearGroup year, String className, SenProvision provision,
        LocalDate provisionSince, NeedType primaryNeed, NeedType secondaryNeed, boolean lookedAfter,
        boolean previouslyLookedAfter, boolean pupilPremium, boolean eal) {

    /** Short flags for the table, e.g. "LAC, PP, EAL". */
    public String flags() {
        StringBuilder flags = new StringBuilder();
        append(flags, lookedAfter, "LAC");
        append(flags, previouslyLookedAfter, "PLAC");
        append(flags, pupilPremium, "PP");
        append(flags, eal, "EAL");
        return flags.toString();
    }

    private static void append(StringBuilder flags, boolean set, String label) {
        if (set) {
            flags.append(flags.length() == 0 ? "" : ", ").append(label);
        }
    }
}
