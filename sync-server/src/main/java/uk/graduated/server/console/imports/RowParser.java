package uk.graduated.server.console.imports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import uk.graduated.model.pupil.PupilRules;
import uk.graduated.model.pupil.Upn;
import uk.graduated.model.pupil.YearGroup;
import uk.graduated.model.sen.NeedType;
import uk.graduated.model.sen.SenProvision;
import uk.graduated.model.validation.FieldError;
import uk.graduated.model.validation.TextLimits;
import uk.graduated.server.console.web.Dates;

/**
 * Reads one row's cells into an {@link ImportedPupil}, or says what is wrong with each cell, naming
 * the column as the file's header does. Checks that need the rest of the file or the register (a UPN
 * twice in the file, who the row is) are the {@link ImportPlanner}'s.
 */
final class RowParser {
    /** Parsed row: {@code pupil} is null exactly when {@code errors} is not empty. */
    record Parsed(CsvRow row, ImportedPupil pupil, List<FieldError> errors) {
        Parsed {
            errors = List.copyOf(errors);
        }
    }

    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ISO_LOCAL_DATE);
    private static final String NEED_CODES = Arrays.stream(NeedType.values()).map(NeedType::censusCode)
            .collect(Collectors.joining(", "));
    /** Spreadsheets run a cell starting with one of these as a formula. */
    private static final String FORMULA_STARTS = "=+-@";

    private final Set<ImportColumn> columns;
    private final LocalDate today;

    RowParser(Set<ImportColumn> columns, LocalDate today) {
        this.columns = columns;
        this.today = today;
    }

    Parsed parse(CsvRow row) {
        List<FieldError> errors = new ArrayList<>();
        Upn upn = upn(row, errors);
        String forename = name(row, ImportColumn.FORENAME, true, errors);
        String preferred = name(row, ImportColumn.PREFERRED_NAME, false, errors);
        if (preferred != null && preferred.equalsIgnoreCase(forename)) {
            preferred = null; // the model keeps a preferred name only when it differs
        }
        String surname = name(row, ImportColumn.SURNAME, true, errors);
        LocalDate born = dateOfBirth(row, errors);
        YearGroup year = yearGroup(row, errors);
        String className = name(row, ImportColumn.CLASS, false, errors);
        SenProvision provision = provision(row, errors);
        NeedType primary = need(row, ImportColumn.PRIMARY_NEED, errors);
        NeedType secondary = need(row, ImportColumn.SECONDARY_NEED, errors);
        boolean lookedAfter = flag(row, ImportColumn.LOOKED_AFTER, errors);
        boolean pupilPremium = flag(row, ImportColumn.PUPIL_PREMIUM, errors);
        boolean eal = flag(row, ImportColumn.EAL, errors);
        checkNeedsFitProvision(row, provision, primary, secondary, errors);
        if (!errors.isEmpty()) {
            return new Parsed(row, null, errors);
        }
        return new Parsed(row, new ImportedPupil(upn, forename, preferred, surname, born, year, className, provision,
                primary, secondary, lookedAfter, pupilPremium, eal, columns), List.of());
    }

    /** The UPN cell without spaces, in capitals; empty when blank. */
    static String canonicalUpn(CsvRow row) {
        return row.cell(ImportColumn.UPN).replace(" ", "").toUpperCase(Locale.ROOT);
    }

    private static Upn upn(CsvRow row, List<FieldError> errors) {
        String raw = canonicalUpn(row);
        if (raw.isEmpty()) {
            return null;
        }
        List<FieldError> problems = Upn.problems(ImportColumn.UPN.label(), raw);
        if (!problems.isEmpty()) {
            errors.add(problems.get(0));
            return null;
        }
        return new Upn(raw);
    }

    private static String name(CsvRow row, ImportColumn column, boolean required, List<FieldError> errors) {
        String value = row.cell(column);
        if (value.isEmpty()) {
            if (required) {
                errors.add(error(column, "required", column.label() + " is blank"));
            }
            return null;
        }
        if (FORMULA_STARTS.indexOf(value.charAt(0)) >= 0) {
            errors.add(error(column, "formula", column.label() + " starts with \"" + value.charAt(0)
                    + "\", which a spreadsheet would run as a formula; correct it in the MIS"));
            return null;
        }
        int limit = column == ImportColumn.CLASS ? TextLimits.LABEL : TextLimits.NAME;
        if (value.codePointCount(0, value.length()) > limit) {
            errors.add(error(column, "too_long", column.label() + " is longer than " + limit + " characters"));
            return null;
        }
        return value;
    }

    private LocalDate dateOfBirth(CsvRow row, List<FieldError> errors) {
        ImportColumn column = ImportColumn.DATE_OF_BIRTH;
        String raw = row.cell(column).replaceFirst(" 00:00(:00)?$", "");
        if (raw.isEmpty()) {
            errors.add(error(column, "required", "Date of birth is blank"));
            return null;
        }
        LocalDate born = null;
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                born = LocalDate.parse(raw, format);
                break;
            } catch (DateTimeParseException e) {
                // Try the next format; the message below covers them all.
            }
        }
        if (born == null) {
            errors.add(error(column, "invalid_format", "Date of birth \"" + raw
                    + "\" is not a date: use dd/mm/yyyy (e.g. 03/05/2016) or yyyy-mm-dd"));
            return null;
        }
        if (born.isAfter(today)) {
            errors.add(error(column, "in_future", "Date of birth " + Dates.day(born) + " is in the future"));
            return null;
        }
        if (!PupilRules.dateOfBirthProblems(born, today).isEmpty()) {
            errors.add(error(column, "out_of_range", "Date of birth " + Dates.day(born) + " gives an age over "
                    + PupilRules.MAX_AGE + "; check the year"));
            return null;
        }
        return born;
    }

    private static YearGroup yearGroup(CsvRow row, List<FieldError> errors) {
        ImportColumn column = ImportColumn.YEAR_GROUP;
        String raw = row.cell(column);
        if (raw.isEmpty()) {
            errors.add(error(column, "required", "Year group is blank"));
            return null;
        }
        String key = raw.toUpperCase(Locale.ROOT).replace(" ", "").replaceFirst("^(YEAR|YR|Y)(?=\\d)", "");
        YearGroup year = switch (key) {
            case "R", "REC", "RECEPTION" -> YearGroup.R;
            case "N1", "NURSERY1" -> YearGroup.N1;
            case "N2", "NURSERY2" -> YearGroup.N2;
            default -> key.matches("\\d{1,2}") ? YearGroup.fromCode(String.valueOf(Integer.parseInt(key))).orElse(null)
                    : null;
        };
        if (year == null) {
            errors.add(error(column, "invalid_value", "Year group \"" + raw
                    + "\" is not a year group: use N1, N2, R or 1 to 13"));
        }
        return year;
    }

    private static SenProvision provision(CsvRow row, List<FieldError> errors) {
        ImportColumn column = ImportColumn.SEN_PROVISION;
        String raw = row.cell(column);
        if (raw.isEmpty()) {
            return null;
        }
        SenProvision provision = SenProvision.fromCode(raw.toUpperCase(Locale.ROOT)).orElse(null);
        if (provision == null) {
            errors.add(error(column, "invalid_value", "SEN provision \"" + raw
                    + "\" is not E (EHC plan), K (SEN support) or N (no SEN)"));
        }
        return provision;
    }

    private static NeedType need(CsvRow row, ImportColumn column, List<FieldError> errors) {
        String raw = row.cell(column);
        if (raw.isEmpty()) {
            return null;
        }
        NeedType type = NeedType.fromCode(raw.toUpperCase(Locale.ROOT)).orElse(null);
        if (type == null) {
            errors.add(error(column, "invalid_value", column.label() + " \"" + raw
                    + "\" is not a census need code (" + NEED_CODES + ")"));
        }
        return type;
    }

    private static boolean flag(CsvRow row, ImportColumn column, List<FieldError> errors) {
        String raw = row.cell(column);
        switch (raw.toUpperCase(Locale.ROOT)) {
            case "Y", "YES", "TRUE", "T", "1":
                return true;
            case "", "N", "NO", "FALSE", "F", "0":
                return false;
            default:
                errors.add(error(column, "invalid_value", column.label() + " \"" + raw
                        + "\" is not yes or no (Y/N, Yes/No, True/False or 1/0)"));
                return false;
        }
    }

    /** The census rules: E and K need a primary need, NSA only with K, N and blank carry no needs. */
    private static void checkNeedsFitProvision(CsvRow row, SenProvision provision, NeedType primary,
            NeedType secondary, List<FieldError> errors) {
        boolean needsGiven = !row.cell(ImportColumn.PRIMARY_NEED).isEmpty()
                || !row.cell(ImportColumn.SECONDARY_NEED).isEmpty();
        if (provision == null) {
            if (needsGiven && row.cell(ImportColumn.SEN_PROVISION).isEmpty()) {
                errors.add(error(ImportColumn.SEN_PROVISION, "required",
                        "SEN provision is blank but needs are given: give E or K"));
            }
            return;
        }
        if (provision == SenProvision.N) {
            if (needsGiven) {
                errors.add(error(ImportColumn.PRIMARY_NEED, "not_allowed",
                        "Needs must be blank when SEN provision is N"));
            }
            return;
        }
        if (primary == null && row.cell(ImportColumn.PRIMARY_NEED).isEmpty()) {
            errors.add(error(ImportColumn.PRIMARY_NEED, "required", "Primary need is blank: SEN provision "
                    + provision.censusCode() + " needs one"));
        }
        if (provision == SenProvision.E && (primary == NeedType.NSA || secondary == NeedType.NSA)) {
            errors.add(error(primary == NeedType.NSA ? ImportColumn.PRIMARY_NEED : ImportColumn.SECONDARY_NEED,
                    "not_allowed_with_provision", "NSA (no specialist assessment) goes only with SEN support (K)"));
        }
        if (primary != null && primary == secondary) {
            errors.add(error(ImportColumn.SECONDARY_NEED, "duplicate",
                    "Secondary need is the same as the primary need"));
        }
    }

    private static FieldError error(ImportColumn column, String code, String message) {
        return new FieldError(column.label(), code, message);
    }
}
