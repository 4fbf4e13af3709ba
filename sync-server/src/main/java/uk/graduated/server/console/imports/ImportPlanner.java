package uk.graduated.server.console.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import uk.graduated.model.pupil.Pupil;
import uk.graduated.model.pupil.PupilFlags;
import uk.graduated.model.pupil.Upn;
import uk.graduated.model.validation.FieldError;
import uk.graduated.model.validation.ValidationException;

/**
 * Decides what each row of a file would do to the register: a new pupil, an update of the pupil it
 * names, no change, or an error. A row names a pupil by UPN; a row without one, or whose UPN the
 * register does not hold yet, names the pupil with the same legal name and date of birth who has no
 * UPN (a nursery child given a UPN later), so importing a file again updates instead of duplicating.
 */
final class ImportPlanner {
    private final UUID schoolId;
    private final LocalDate today;
    private final Map<String, ExistingPupil> byUpn = new HashMap<>();
    private final Map<String, List<ExistingPupil>> byNameAndBirth = new HashMap<>();

    ImportPlanner(UUID schoolId, LocalDate today, List<ExistingPupil> register) {
        this.schoolId = schoolId;
        this.today = today;
        for (ExistingPupil existing : register) {
            Pupil p = existing.pupil();
            if (p.upn() != null) {
                byUpn.put(p.upn().value(), existing);
            }
            byNameAndBirth.computeIfAbsent(key(p.legalFirstName(), p.legalLastName(), p.dateOfBirth()),
                    k -> new ArrayList<>()).add(existing);
        }
    }

    ImportPlan plan(MisCsvReader.CsvFile file) {
        RowParser parser = new RowParser(file.columns(), today);
        List<RowParser.Parsed> parsed = file.rows().stream().map(parser::parse).collect(Collectors.toList());
        Map<String, List<Integer>> rowsByUpn = new HashMap<>();
        Map<String, List<Integer>> rowsByNameWithoutUpn = new HashMap<>();
        for (RowParser.Parsed p : parsed) {
            String upn = validUpn(p.row());
            if (upn != null) {
                rowsByUpn.computeIfAbsent(upn, k -> new ArrayList<>()).add(p.row().number());
            } else if (p.pupil() != null) {
                rowsByNameWithoutUpn.computeIfAbsent(key(p.pupil()), k -> new ArrayList<>()).add(p.row().number());
            }
        }
        Map<UUID, Integer> claimed = new HashMap<>();
        List<PlannedRow> rows = new ArrayList<>();
        for (RowParser.Parsed p : parsed) {
            String upn = validUpn(p.row());
            FieldError repeated = upn != null ? repeated(p.row(), upn, rowsByUpn.get(upn))
                    : p.pupil() != null ? repeated(p.row(), null, rowsByNameWithoutUpn.get(key(p.pupil()))) : null;
            if (p.pupil() == null || repeated != null) {
                List<FieldError> errors = new ArrayList<>(p.errors());
                if (repeated != null) {
                    errors.add(repeated);
                }
                rows.add(PlannedRow.error(p.row(), errors));
                continue;
            }
            rows.add(planRow(p.row(), p.pupil(), claimed));
        }
        return new ImportPlan(rows, file.ignoredHeaders());
    }

    private PlannedRow planRow(CsvRow row, ImportedPupil imported, Map<UUID, Integer> claimed) {
        List<ExistingPupil> matches = matches(imported);
        if (matches.size() > 1) {
            return PlannedRow.error(row, List.of(new FieldError(ImportColumn.UPN.label(), "ambiguous",
                    matches.size() + " pupils on the register have this name and date of birth; add the UPN to say "
                            + "which one this is")));
        }
        ExistingPupil existing = matches.isEmpty() ? null : matches.get(0);
        if (existing != null) {
            Integer earlier = claimed.putIfAbsent(existing.pupil().id(), row.number());
            if (earlier != null) {
                return PlannedRow.error(row, List.of(new FieldError(ImportColumn.UPN.label(), "duplicate",
                        "Row " + earlier + " already updates this pupil (" + existing.pupil().displayName()
                                + "); a pupil may appear once")));
            }
        }
        Pupil target;
        try {
            target = existing == null ? newPupil(imported) : updated(existing.pupil(), imported);
        } catch (ValidationException e) {
            return PlannedRow.error(row, e.errors());
        }
        SenDelta sen = SenDelta.between(existing, imported);
        String name = imported.displayName();
        String upn = imported.upn() == null ? "" : imported.upn().value();
        if (existing == null) {
            List<String> summary = new ArrayList<>();
            summary.add(target.yearGroup().label() + (target.className() == null ? "" : ", " + target.className()));
            summary.addAll(sen.describe(null));
            return new PlannedRow(row.number(), name, upn, PlannedRow.Outcome.NEW, summary, List.of(), target, null,
                    sen);
        }
        List<String> changes = new ArrayList<>(PupilChanges.between(existing.pupil(), target));
        changes.addAll(sen.describe(existing));
        PlannedRow.Outcome outcome = changes.isEmpty() ? PlannedRow.Outcome.UNCHANGED : PlannedRow.Outcome.UPDATE;
        return new PlannedRow(row.number(), name, upn, outcome, changes, List.of(), target, existing, sen);
    }

    private List<ExistingPupil> matches(ImportedPupil imported) {
        if (imported.upn() != null) {
            ExistingPupil sameUpn = byUpn.get(imported.upn().value());
            if (sameUpn != null) {
                return List.of(sameUpn);
            }
        }
        List<ExistingPupil> sameName = byNameAndBirth.getOrDefault(key(imported), List.of());
        if (imported.upn() != null) {
            // A UPN the register does not hold may be given to a pupil registered without one.
            return sameName.stream().filter(e -> e.pupil().upn() == null).collect(Collectors.toList());
        }
        return sameName;
    }

    /** The row's UPN in canonical form when it is a valid one, else null. */
    private static String validUpn(CsvRow row) {
        String upn = RowParser.canonicalUpn(row);
        return upn.isEmpty() || !Upn.problems(ImportColumn.UPN.label(), upn).isEmpty() ? null : upn;
    }

    /** A UPN twice in the file, or two rows without UPN for the same name and birth date: each pupil once. */
    private static FieldError repeated(CsvRow row, String upn, List<Integer> same) {
        List<Integer> others = same.stream().filter(n -> n != row.number()).collect(Collectors.toList());
        if (others.isEmpty()) {
            return null;
        }
        String where = (others.size() == 1 ? "row " : "rows ")
                + others.stream().map(String::valueOf).collect(Collectors.joining(", "));
        if (upn != null) {
            return new FieldError(ImportColumn.UPN.label(), "duplicate",
                    "UPN " + upn + " is also on " + where + "; a pupil may appear once");
        }
        return new FieldError(ImportColumn.UPN.label(), "duplicate", "The same name and date of birth, without a "
                + "UPN, is also on " + where + "; a pupil may appear once");
    }

    private Pupil newPupil(ImportedPupil row) {
        return new Pupil(UUID.randomUUID(), schoolId, row.forename(), row.surname(), row.preferredName(),
                row.dateOfBirth(), row.yearGroup(), row.className(), row.upn(),
                new PupilFlags(row.lookedAfter(), false, row.pupilPremium(), row.eal()), null);
    }

    /** Columns the file lacks keep their registered values; a blank UPN never removes one. */
    private static Pupil updated(Pupil before, ImportedPupil row) {
        PupilFlags was = before.flags();
        boolean lookedAfter = row.gives(ImportColumn.LOOKED_AFTER) ? row.lookedAfter() : was.lookedAfter();
        PupilFlags flags = new PupilFlags(lookedAfter, !lookedAfter && was.previouslyLookedAfter(),
                row.gives(ImportColumn.PUPIL_PREMIUM) ? row.pupilPremium() : was.pupilPremium(),
                row.gives(ImportColumn.EAL) ? row.eal() : was.eal());
        return new Pupil(before.id(), before.schoolId(), row.forename(), row.surname(),
                row.gives(ImportColumn.PREFERRED_NAME) ? row.preferredName() : before.preferredName(),
                row.dateOfBirth(), row.yearGroup(), row.gives(ImportColumn.CLASS) ? row.className() : before.className(),
                row.upn() != null ? row.upn() : before.upn(), flags, before.leftOn());
    }

    private static String key(ImportedPupil row) {
        return key(row.forename(), row.surname(), row.dateOfBirth());
    }

    private static String key(String forename, String surname, LocalDate born) {
        return forename.strip().toLowerCase(Locale.ROOT) + "\n" + surname.strip().toLowerCase(Locale.ROOT) + "\n" + born;
    }
}
