package uk.graduated.model.pupil;

import com.google.gson.JsonObject;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import uk.graduated.model.json.JsonFields;
import uk.graduated.model.json.JsonOut;
import uk.graduated.model.json.RecordJson;
import uk.graduated.model.validation.FieldError;
import uk.graduated.model.validation.ValidationException;

/**
 * JSON form of a {@link Pupil}. The flags travel as four top-level booleans (absent means false) and
 * the UPN as its 13-character text, so a pupil is one flat row on the server and in the app.
 */
public final class PupilJson {
    /** Every field of the JSON form, e.g. for merging an edited record field by field. */
    public static final Set<String> FIELDS = Set.of("id", "schoolId", "legalFirstName", "legalLastName",
            "preferredName", "dateOfBirth", "yearGroup", "className", "upn", "lookedAfter",
            "previouslyLookedAfter", "pupilPremium", "eal", "leftOn");
    private static final String YEAR_GROUPS = Arrays.stream(YearGroup.values())
            .map(YearGroup::code).collect(Collectors.joining(", "));

    private PupilJson() {
    }

    public static JsonObject toJson(Pupil pupil) {
        PupilFlags flags = pupil.flags();
        return new JsonOut()
                .put("id", pupil.id())
                .put("schoolId", pupil.schoolId())
                .put("legalFirstName", pupil.legalFirstName())
                .put("legalLastName", pupil.legalLastName())
                .put("preferredName", pupil.preferredName())
                .put("dateOfBirth", pupil.dateOfBirth())
                .putCode("yearGroup", pupil.yearGroup(), YearGroup::code)
                .put("className", pupil.className())
                .putCode("upn", pupil.upn(), Upn::value)
                .put("lookedAfter", flags.lookedAfter())
                .put("previouslyLookedAfter", flags.previouslyLookedAfter())
                .put("pupilPremium", flags.pupilPremium())
                .put("eal", flags.eal())
                .put("leftOn", pupil.leftOn())
                .build();
    }

    public static Pupil fromJson(JsonFields f) {
        int mark = RecordJson.mark(f);
        f.rejectUnknown(FIELDS);
        UUID id = f.requiredUuid("id");
        UUID schoolId = f.requiredUuid("schoolId");
        String legalFirstName = f.requiredString("legalFirstName");
        String legalLastName = f.requiredString("legalLastName");
        String preferredName = f.optionalString("preferredName");
        LocalDate dateOfBirth = f.requiredDate("dateOfBirth");
        YearGroup yearGroup = f.requiredCode("yearGroup", YearGroup::fromCode, YEAR_GROUPS);
        String className = f.optionalString("className");
        Upn upn = upn(f);
        boolean lookedAfter = f.optionalBoolean("lookedAfter", false);
        boolean previouslyLookedAfter = f.optionalBoolean("previouslyLookedAfter", false);
        boolean pupilPremium = f.optionalBoolean("pupilPremium", false);
        boolean eal = f.optionalBoolean("eal", false);
        LocalDate leftOn = f.optionalDate("leftOn");
        return RecordJson.build(f, mark, () -> new Pupil(id, schoolId, legalFirstName, legalLastName,
                preferredName, dateOfBirth, yearGroup, className, upn,
                new PupilFlags(lookedAfter, previouslyLookedAfter, pupilPremium, eal), leftOn));
    }

    /** Absent or blank means no UPN; anything else must be a valid one. */
    private static Upn upn(JsonFields f) {
        String raw = f.optionalString("upn");
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Upn.parse("upn", raw);
        } catch (ValidationException e) {
            for (FieldError error : e.errors()) {
                f.addError(error.field(), error.code(), error.message());
            }
            return null;
        }
    }
}
