package uk.graduated.model.sen;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import uk.graduated.model.validation.FieldError;

/** How a pupil's current provision and open needs must fit together, as the census checks them. */
public final class SenRecordRules {
    private SenRecordRules() {
    }

    /**
     * Every way {@code openNeeds} fail to fit {@code currentProvision}; empty when they fit.
     * <ul>
     *   <li>E and K need a primary need (rank 1); a secondary need alone is not enough.</li>
     *   <li>NSA only beside K.</li>
     *   <li>No rank held twice, no type ranked twice.</li>
     *   <li>N has no open needs.</li>
     * </ul>
     * Errors name the needs as {@code needs[i]}, by position in {@code openNeeds}.
     *
     * @param openNeeds the needs that apply on the date in question (see {@link #openOn})
     */
    public static List<FieldError> validate(SenProvision currentProvision, List<RankedNeed> openNeeds) {
        List<FieldError> errors = new ArrayList<>();
        if (currentProvision == null) {
            errors.add(new FieldError("provision", "required", "provision is required"));
            return errors;
        }
        if (openNeeds == null) {
            errors.add(new FieldError("needs", "required", "needs is required (it may be empty)"));
            return errors;
        }
        if (!currentProvision.isOnRegister()) {
            if (!openNeeds.isEmpty()) {
                errors.add(new FieldError("needs", "not_allowed",
                        "a pupil with no SEN (N) must have no open needs; end them first"));
            }
            return errors;
        }
        checkTypesFitProvision(currentProvision, openNeeds, errors);
        checkNoRepeats(openNeeds, errors);
        checkPrimaryPresent(openNeeds, errors);
        return errors;
    }

    /** The needs that apply on {@code date}, in the order given. */
    public static List<RankedNeed> openOn(Collection<RankedNeed> needs, LocalDate date) {
        return List.copyOf(needs.stream().filter(n -> n.appliesOn(date)).collect(Collectors.toList()));
    }

    /** The primary need among {@code openNeeds}, if one is recorded. */
    public static Optional<RankedNeed> primaryNeed(List<RankedNeed> openNeeds) {
        return openNeeds.stream().filter(n -> n.rank() == RankedNeed.PRIMARY).findFirst();
    }

    private static void checkTypesFitProvision(SenProvision provision, List<RankedNeed> needs,
                                               List<FieldError> errors) {
        for (int i = 0; i < needs.size(); i++) {
            if (!needs.get(i).type().isAllowedWith(provision)) {
                errors.add(new FieldError(path(i, "type"), "not_allowed_with_provision",
                        "NSA (no specialist assessment) is allowed only with SEN support (K)"));
            }
        }
    }

    private static void checkNoRepeats(List<RankedNeed> needs, List<FieldError> errors) {
        Set<Integer> ranks = new HashSet<>();
        Set<NeedType> types = EnumSet.noneOf(NeedType.class);
        for (int i = 0; i < needs.size(); i++) {
            RankedNeed need = needs.get(i);
            if (!ranks.add(need.rank())) {
                errors.add(new FieldError(path(i, "rank"), "duplicate",
                        "rank " + need.rank() + " is already held by another open need"));
            }
            if (!types.add(need.type())) {
                errors.add(new FieldError(path(i, "type"), "duplicate",
                        need.type().censusCode() + " is already ranked; a type is ranked once"));
            }
        }
    }

    private static void checkPrimaryPresent(List<RankedNeed> needs, List<FieldError> errors) {
        if (primaryNeed(needs).isPresent()) {
            return;
        }
        String message = needs.isEmpty()
                ? "an EHC plan (E) or SEN support (K) needs a primary need (rank 1)"
                : "a secondary need (rank 2) needs a primary need (rank 1)";
        errors.add(new FieldError("needs", "primary_need_required", message));
    }

    private static String path(int index, String field) {
        return "needs[" + index + "]." + field;
    }
}
