package uk.graduated.model.pupil;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import uk.graduated.model.validation.FieldError;

/** Rules about a pupil that depend on the date; callers pass today, so the rules stay pure. */
public final class PupilRules {
    /**
     * Oldest age a pupil can plausibly be: EHC plans may run until a young person turns 25, so a
     * 25-year-old can still be on a register; anyone older is a typing slip in the birth year.
     */
    public static final int MAX_AGE = 25;

    private PupilRules() {
    }

    /** Whole years of age on {@code date}; a 29 February child turns a year older on 1 March in common years. */
    public static int ageOn(LocalDate dateOfBirth, LocalDate date) {
        return Period.between(dateOfBirth, date).getYears();
    }

    /** Under five on {@code date}: EHC plans of under-fives are reviewed more often. */
    public static boolean isUnderFiveOn(LocalDate dateOfBirth, LocalDate date) {
        return ageOn(dateOfBirth, date) < 5;
    }

    /** Errors in {@code pupil} that only today's date reveals: a birth date in the future or absurdly long ago. */
    public static List<FieldError> validateOn(Pupil pupil, LocalDate today) {
        return dateOfBirthProblems(pupil.dateOfBirth(), today);
    }

    /** As {@link #validateOn}, for a birth date typed into a form before the pupil exists. */
    public static List<FieldError> dateOfBirthProblems(LocalDate dateOfBirth, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (dateOfBirth.isAfter(today)) {
            errors.add(new FieldError("dateOfBirth", "in_future", "dateOfBirth must not be in the future"));
        } else if (ageOn(dateOfBirth, today) > MAX_AGE) {
            errors.add(new FieldError("dateOfBirth", "out_of_range",
                    "dateOfBirth gives an age over " + MAX_AGE + "; check the year"));
        }
        return errors;
    }
}
