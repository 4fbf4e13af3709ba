package uk.graduated.model.pupil;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;
import uk.graduated.model.json.JsonFields;
import uk.graduated.model.json.JsonText;
import uk.graduated.model.school.FieldErrorCodes;

class PupilJsonTest {
    private static Pupil roundTrip(Pupil pupil) {
        return PupilJson.fromJson(JsonFields.parse(JsonText.compact(PupilJson.toJson(pupil))));
    }

    private static Pupil read(JsonObject json) {
        return PupilJson.fromJson(new JsonFields(json, ""));
    }

    @Test
    void everyExamplePupil_roundTrips() {
        for (Pupil pupil : new Pupil[] {RegisterExamples.poppy(), RegisterExamples.idris(), RegisterExamples.zainab(),
            RegisterExamples.milo()}) {
            assertThat(roundTrip(pupil)).isEqualTo(pupil);
        }
    }

    @Test
    void pupil_withOnlyRequiredFields_roundTrips() {
        Pupil bare = RegisterExamples.pupil().preferredName(null).className(null).upn(null)
                .flags(PupilFlags.NONE).build();

        assertThat(roundTrip(bare)).isEqualTo(bare);
        assertThat(PupilJson.toJson(bare).keySet()).doesNotContain("preferredName", "className", "upn", "leftOn");
    }

    @Test
    void pupil_json_isFlat_withCensusYearCode() {
        JsonObject json = PupilJson.toJson(RegisterExamples.idris());

        assertThat(json.get("yearGroup").getAsString()).isEqualTo("6");
        assertThat(json.get("upn").getAsString()).isEqualTo(RegisterExamples.IDRIS_UPN.value());
        assertThat(json.get("lookedAfter").getAsBoolean()).isTrue();
        assertThat(json.keySet()).isSubsetOf(PupilJson.FIELDS);
    }

    @Test
    void absentFlags_meanFalse() {
        JsonObject json = PupilJson.toJson(RegisterExamples.poppy());
        json.remove("pupilPremium");
        json.remove("eal");

        assertThat(read(json).flags().pupilPremium()).isFalse();
    }

    @Test
    void upnInLowerCase_isNormalised_andBlankUpn_meansNone() {
        JsonObject json = PupilJson.toJson(RegisterExamples.poppy());
        json.addProperty("upn", RegisterExamples.POPPY_UPN.value().toLowerCase(java.util.Locale.ROOT));
        assertThat(read(json).upn()).isEqualTo(RegisterExamples.POPPY_UPN);

        json.addProperty("upn", " ");
        assertThat(read(json).upn()).isNull();
    }

    @Test
    void badUpnAndConflictingFlags_areReportedTogether() {
        JsonObject json = PupilJson.toJson(RegisterExamples.poppy());
        json.addProperty("upn", "A999101222001X");
        json.addProperty("lookedAfter", true);
        json.addProperty("previouslyLookedAfter", true);
        json.addProperty("yearGroup", "Y3");

        assertThat(FieldErrorCodes.of(() -> read(json)))
                .containsExactlyInAnyOrder("upn:invalid_length", "yearGroup:invalid_value",
                        "previouslyLookedAfter:conflict");
    }

    @Test
    void conflictingFlags_areNamedByTheirJsonField() {
        JsonObject json = PupilJson.toJson(RegisterExamples.poppy());
        json.addProperty("lookedAfter", true);
        json.addProperty("previouslyLookedAfter", true);

        assertThat(FieldErrorCodes.of(() -> read(json))).containsExactly("previouslyLookedAfter:conflict");
    }

    @Test
    void missingNamesAndBirthDate_areEachNamedOnce() {
        JsonObject json = PupilJson.toJson(RegisterExamples.poppy());
        json.remove("legalFirstName");
        json.remove("dateOfBirth");
        json.addProperty("legalLastName", "");

        assertThat(FieldErrorCodes.of(() -> read(json)))
                .containsExactlyInAnyOrder("legalFirstName:required", "legalLastName:required", "dateOfBirth:required");
    }
}
