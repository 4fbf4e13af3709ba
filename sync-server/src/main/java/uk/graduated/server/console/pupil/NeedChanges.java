package uk.graduated.server.console.pupil;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.graduated.model.sen.NeedType;
import uk.graduated.model.sen.RankedNeed;
import uk.graduated.model.sen.SenProvision;
import uk.graduated.model.sen.SenRecordRules;
import uk.graduated.model.validation.FieldError;

/**
 * Decides what a need edit writes, checked with {@link SenRecordRules} against the pupil's provision
 * and the needs open today. Changing a need's rank to the rank the other open need holds swaps the
 * two, since the census allows each rank once and one edit at a time could never exchange them.
 * Refusals are sentences about the form's fields ({@code type}, {@code rank}) or the whole edit.
 */
public final class NeedChanges {
    /**
     * @param writes      the needs to save, the edited one first; empty when refused
     * @param fieldErrors messages by form field
     * @param formErrors  messages about the edit as a whole
     * @param summary     what the edit did, for the confirmation
     */
    public record Outcome(List<RankedNeed> writes, Map<String, String> fieldErrors, List<String> formErrors,
            String summary) {
        public Outcome {
            writes = List.copyOf(writes);
            fieldErrors = Map.copyOf(fieldErrors);
            formErrors = List.copyOf(formErrors);
        }

        public boolean accepted() {
            return fieldErrors.isEmpty() && formErrors.isEmpty();
        }
    }

    private NeedChanges() {
    }

    public static Outcome add(SenProvision provision, List<RankedNeed> openNeeds, RankedNeed added) {
        List<RankedNeed> after = new ArrayList<>(openNeeds);
        after.add(added);
        return check(provision, after, List.of(added), added,
                added.type().censusCode() + " added as the " + rankWord(added.rank()) + " need.");
    }

    public static Outcome change(SenProvision provision, List<RankedNeed> openNeeds, RankedNeed before,
            NeedType type, int rank) {
        RankedNeed edited = new RankedNeed(before.id(), before.pupilId(), type, rank, before.startDate(), before.endDate());
        List<RankedNeed> after = new ArrayList<>();
        List<RankedNeed> writes = new ArrayList<>(List.of(edited));
        String summary = edited.type().censusCode() + " is now the " + rankWord(rank) + " need.";
        Optional<RankedNeed> holder = openNeeds.stream()
                .filter(n -> !n.id().equals(before.id()) && n.rank() == rank && rank != before.rank())
                .findFirst();
        for (RankedNeed need : openNeeds) {
            if (need.id().equals(before.id())) {
                continue;
            }
            if (holder.isPresent() && need.id().equals(holder.get().id())) {
                RankedNeed swapped = new RankedNeed(need.id(), need.pupilId(), need.type(), before.rank(),
                        need.startDate(), need.endDate());
                after.add(swapped);
                writes.add(swapped);
                summary += " " + need.type().censusCode() + " is now the " + rankWord(before.rank()) + " need.";
            } else {
                after.add(need);
            }
        }
        // The edited need goes last, so a duplicate type is reported against it, not the need already there.
        after.add(edited);
        if (edited.equals(before)) {
            return new Outcome(List.of(), Map.of(), List.of("Nothing changed: choose a different need or rank."), null);
        }
        return check(provision, after, writes, edited, summary);
    }

    private static Outcome check(SenProvision provision, List<RankedNeed> after, List<RankedNeed> writes,
            RankedNeed edited, String summary) {
        List<FieldError> errors = SenRecordRules.validate(provision, after);
        if (errors.isEmpty()) {
            return new Outcome(writes, Map.of(), List.of(), summary);
        }
        Map<String, String> fieldErrors = new LinkedHashMap<>();
        List<String> formErrors = new ArrayList<>();
        String editedPath = "needs[" + (after.size() - 1) + "].";
        for (FieldError error : errors) {
            String sentence = sentence(error, provision, after, edited);
            if (error.field().startsWith(editedPath)) {
                fieldErrors.putIfAbsent(error.field().substring(editedPath.length()), sentence);
            } else {
                formErrors.add(sentence);
            }
        }
        return new Outcome(List.of(), fieldErrors, formErrors, null);
    }

    private static String sentence(FieldError error, SenProvision provision, List<RankedNeed> after, RankedNeed edited) {
        switch (error.code()) {
            case "duplicate":
                if (error.field().endsWith(".rank")) {
                    String holder = after.stream().filter(n -> n != edited && n.rank() == edited.rank())
                            .map(n -> n.type().censusCode()).findFirst().orElse("another need");
                    return "Rank " + edited.rank() + " (" + rankWord(edited.rank()) + ") is already held by " + holder
                            + ". Choose the other rank, or change " + holder + " first.";
                }
                return edited.type().censusCode() + " is already one of this pupil's open needs; a type is ranked once.";
            case "not_allowed_with_provision":
                return "NSA (SEN support but no specialist assessment) goes only with SEN support (K); this pupil has "
                        + provision.description() + " (" + provision.censusCode() + ").";
            case "primary_need_required":
                return "A pupil with " + provision.description() + " (" + provision.censusCode()
                        + ") needs a primary need (rank 1): make this need or another one rank 1.";
            case "not_allowed":
                return "This pupil has no SEN (N) today, so they can have no open needs. Record SEN support or an EHC"
                        + " plan first.";
            default:
                return error.message();
        }
    }

    static String rankWord(int rank) {
        return rank == RankedNeed.PRIMARY ? "primary" : "secondary";
    }
}
