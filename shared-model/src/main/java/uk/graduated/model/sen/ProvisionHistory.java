package uk.graduated.model.sen;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import uk.graduated.model.validation.FieldError;
import uk.graduated.model.validation.ValidationException;

/**
 * A pupil's SEN provision over time: entries of one pupil, ordered by start date, none overlapping
 * and at most one open. Errors name entries by their position in the list given, not the sorted one,
 * so a caller can find the entry it passed.
 *
 * @param entries sorted by start date
 */
public record ProvisionHistory(List<ProvisionEntry> entries) {
    public static final ProvisionHistory EMPTY = new ProvisionHistory(List.of());

    public ProvisionHistory {
        List<FieldError> problems = problems(entries);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        entries = entries.stream()
                .sorted(Comparator.comparing(ProvisionEntry::startDate))
                .collect(Collectors.collectingAndThen(Collectors.toList(), List::copyOf));
    }

    /** Every reason {@code entries} cannot form one pupil's history; empty when they can. */
    public static List<FieldError> problems(List<ProvisionEntry> entries) {
        List<FieldError> errors = new ArrayList<>();
        if (entries == null) {
            errors.add(new FieldError("entries", "required", "entries is required"));
            return errors;
        }
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i) == null) {
                errors.add(new FieldError(path(i, ""), "required", "an entry must not be empty"));
            }
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        checkOnePupil(entries, errors);
        checkNoOverlap(entries, errors);
        return errors;
    }

    /** The entry still open, if any. */
    public Optional<ProvisionEntry> openEntry() {
        return entries.stream().filter(ProvisionEntry::isOpen).findFirst();
    }

    /** Provision on {@code date}; N when no entry covers it, as the census counts such a pupil. */
    public SenProvision provisionOn(LocalDate date) {
        return entries.stream()
                .filter(e -> e.appliesOn(date))
                .map(ProvisionEntry::provision)
                .findFirst()
                .orElse(SenProvision.N);
    }

    private static void checkOnePupil(List<ProvisionEntry> entries, List<FieldError> errors) {
        for (int i = 1; i < entries.size(); i++) {
            if (!entries.get(i).pupilId().equals(entries.get(0).pupilId())) {
                errors.add(new FieldError(path(i, ".pupilId"), "mismatch",
                        "every entry of a history must belong to the same pupil"));
            }
        }
    }

    /**
     * Walks entries in start order, remembering the furthest end seen so far (an open entry ends
     * never); an entry starting before that end overlaps an earlier one.
     */
    private static void checkNoOverlap(List<ProvisionEntry> entries, List<FieldError> errors) {
        List<Integer> byStart = IntStream.range(0, entries.size()).boxed()
                .sorted(Comparator.comparing(i -> entries.get(i).startDate()))
                .collect(Collectors.toList());
        boolean openSeen = false;
        LocalDate furthestEnd = null;
        for (int n = 0; n < byStart.size(); n++) {
            int i = byStart.get(n);
            ProvisionEntry entry = entries.get(i);
            boolean overlaps = n > 0 && (openSeen || entry.startDate().isBefore(furthestEnd));
            if (overlaps) {
                errors.add(new FieldError(path(i, ".startDate"), "overlap", String.format(Locale.ROOT,
                        "the entry starting %s overlaps an earlier entry", entry.startDate())));
            }
            if (entry.isOpen()) {
                if (openSeen) {
                    errors.add(new FieldError(path(i, ".endDate"), "more_than_one_open",
                            "only one provision entry may be open at a time"));
                }
                openSeen = true;
            } else if (furthestEnd == null || entry.endDate().isAfter(furthestEnd)) {
                furthestEnd = entry.endDate();
            }
        }
    }

    private static String path(int index, String suffix) {
        return "entries[" + index + "]" + suffix;
    }
}
