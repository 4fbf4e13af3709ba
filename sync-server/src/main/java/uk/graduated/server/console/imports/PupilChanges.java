package uk.graduated.server.console.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import uk.graduated.model.pupil.Pupil;
import uk.graduated.model.pupil.PupilFlags;
import uk.graduated.server.console.web.Dates;

/** The differences between a pupil as registered and as imported, as the preview lists them. */
final class PupilChanges {
    private PupilChanges() {
    }

    static List<String> between(Pupil before, Pupil after) {
        List<String> lines = new ArrayList<>();
        add(lines, "UPN", before, after, p -> p.upn() == null ? null : p.upn().value());
        add(lines, "Legal forename", before, after, Pupil::legalFirstName);
        add(lines, "Preferred forename", before, after, Pupil::preferredName);
        add(lines, "Legal surname", before, after, Pupil::legalLastName);
        add(lines, "Date of birth", before, after, p -> Dates.day(p.dateOfBirth()));
        add(lines, "Year group", before, after, p -> p.yearGroup().label());
        add(lines, "Class", before, after, Pupil::className);
        add(lines, "Looked after", before, after, p -> lookedAfter(p.flags()));
        add(lines, "Pupil premium", before, after, p -> yesNo(p.flags().pupilPremium()));
        add(lines, "EAL", before, after, p -> yesNo(p.flags().eal()));
        return lines;
    }

    private static void add(List<String> lines, String label, Pupil before, Pupil after, Function<Pupil, String> value) {
        String from = value.apply(before);
        String to = value.apply(after);
        if (!Objects.equals(from, to)) {
            lines.add(label + ": " + (from == null ? "none" : from) + " → " + (to == null ? "none" : to));
        }
    }

    private static String lookedAfter(PupilFlags flags) {
        return flags.lookedAfter() ? "Yes" : flags.previouslyLookedAfter() ? "Previously" : "No";
    }

    private static String yesNo(boolean value) {
        return value ? "Yes" : "No";
    }
}
