package uk.graduated.model.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import uk.graduated.model.validation.FieldError;
import uk.graduated.model.validation.ValidationException;
import uk.graduated.model.validation.Violations;

/**
 * The cycles of one support plan, checked together: each belongs to the plan, no two start on the
 * same day, and only the latest may still be open (earlier ones have been reviewed). Errors name
 * cycles by their position in the list given.
 *
 * @param planId the plan the cycles belong to
 * @param cycles sorted by start date; empty while the first cycle is being set up
 */
public record CycleHistory(UUID planId, List<PlanCycle> cycles) {
    public CycleHistory {
        Violations v = new Violations();
        v.require("planId", planId);
        if (v.require("cycles", cycles)) {
            for (FieldError e : problems(planId, cycles)) {
                v.add(e.field(), e.code(), e.message());
            }
        }
        v.throwIfAny();
        cycles = cycles.stream()
                .sorted(Comparator.comparing(PlanCycle::startDate))
                .collect(Collectors.collectingAndThen(Collectors.toList(), List::copyOf));
    }

    /** The cycle in progress, if any. */
    public Optional<PlanCycle> currentCycle() {
        return cycles.stream().filter(PlanCycle::isOpen).findFirst();
    }

    /** The most recent cycle, open or closed. */
    public Optional<PlanCycle> latestCycle() {
        return cycles.isEmpty() ? Optional.empty() : Optional.of(cycles.get(cycles.size() - 1));
    }

    /** A copy with {@code cycle} added, checked like any history; refused while another cycle is open. */
    public CycleHistory withCycle(PlanCycle cycle) {
        List<PlanCycle> more = new ArrayList<>(cycles);
        more.add(cycle);
        return new CycleHistory(planId, more);
    }

    private static List<FieldError> problems(UUID planId, List<PlanCycle> cycles) {
        List<FieldError> errors = new ArrayList<>();
        PlanCycle latest = null;
        for (PlanCycle c : cycles) {
            if (c != null && (latest == null || c.startDate().isAfter(latest.startDate()))) {
                latest = c;
            }
        }
        boolean openSeen = false;
        Set<LocalDate> starts = new HashSet<>();
        for (int i = 0; i < cycles.size(); i++) {
            PlanCycle c = cycles.get(i);
            String path = "cycles[" + i + "]";
            if (c == null) {
                errors.add(new FieldError(path, "required", "a cycle must not be empty"));
                continue;
            }
            if (planId != null && !planId.equals(c.planId())) {
                errors.add(new FieldError(path + ".planId", "mismatch", "a cycle must belong to this plan"));
            }
            if (!starts.add(c.startDate())) {
                errors.add(new FieldError(path + ".startDate", "duplicate",
                        "another cycle of this plan starts on the same day"));
            }
            if (c.isOpen()) {
                if (openSeen) {
                    errors.add(new FieldError(path + ".status", "more_than_one_open",
                            "only one cycle of a plan may be open"));
                } else if (c != latest) {
                    errors.add(new FieldError(path + ".status", "not_latest",
                            "only the latest cycle may be open; review and close it before starting another"));
                }
                openSeen = true;
            }
        }
        return errors;
    }
}
