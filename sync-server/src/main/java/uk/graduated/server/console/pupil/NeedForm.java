package uk.graduated.server.console.pupil;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.graduated.model.sen.NeedType;
import uk.graduated.model.sen.RankedNeed;

/**
 * The add-or-change-a-need form as typed: kept as text so a refused form shows what was entered.
 *
 * @param type      census code of the need type
 * @param rank      "1" or "2"
 * @param startDate ISO date (the date input's value); only when adding
 */
public record NeedForm(String type, String rank, String startDate) {
    public static NeedForm from(Context ctx) {
        return new NeedForm(trim(ctx.formParam("type")), trim(ctx.formParam("rank")), trim(ctx.formParam("startDate")));
    }

    /** The form of an existing need, to change it. */
    public static NeedForm of(PupilRecords.Need need) {
        return new NeedForm(need.type().censusCode(), Integer.toString(need.rank()), need.startDate().toString());
    }

    public List<NeedType> typeOptions() {
        return List.of(NeedType.values());
    }

    public boolean isType(NeedType option) {
        return option.censusCode().equals(type);
    }

    public boolean isRank(int option) {
        return Integer.toString(option).equals(rank);
    }

    /** Messages by field for what cannot even be read; empty when every field parses. */
    Map<String, String> parseErrors(boolean adding, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (parsedType() == null) {
            errors.put("type", "Choose the type of need.");
        }
        if (parsedRank() == 0) {
            errors.put("rank", "Choose rank 1 (primary) or 2 (secondary).");
        }
        if (adding) {
            LocalDate start = parsedStartDate();
            if (start == null) {
                errors.put("startDate", "Enter the date the need was identified, such as " + today + ".");
            } else if (start.isAfter(today)) {
                errors.put("startDate", "The start date cannot be in the future.");
            }
        }
        return errors;
    }

    NeedType parsedType() {
        return type == null ? null : NeedType.fromCode(type).orElse(null);
    }

    /** 1 or 2, or 0 when neither was chosen. */
    int parsedRank() {
        if (Integer.toString(RankedNeed.PRIMARY).equals(rank)) {
            return RankedNeed.PRIMARY;
        }
        return Integer.toString(RankedNeed.SECONDARY).equals(rank) ? RankedNeed.SECONDARY : 0;
    }

    LocalDate parsedStartDate() {
        try {
            return startDate == null ? null : LocalDate.parse(startDate);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
