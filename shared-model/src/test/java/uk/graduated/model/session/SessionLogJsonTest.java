package uk.graduated.model.session;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.graduated.model.intervention.ProvisionExamples.PUPIL_A;
import static uk.graduated.model.intervention.ProvisionExamples.PUPIL_B;
import static uk.graduated.model.session.SessionExamples.sessionLog;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;
import uk.graduated.model.json.JsonFields;
import uk.graduated.model.json.JsonText;
import uk.graduated.model.school.FieldErrorCodes;

class SessionLogJsonTest {

    private static SessionLog roundTrip(SessionLog log) {
        return SessionLogJson.fromJson(JsonFields.parse(JsonText.compact(SessionLogJson.toJson(log))));
    }

    @Test
    void example_roundTrips() {
        SessionLog log = sessionLog().build();

        assertThat(roundTrip(log)).isEqualTo(log);
    }

    @Test
    void flaggedConcern_withAbsenceNote_andNoNotesOrStartTime_roundTrips() {
        SessionLog log = sessionLog().startTime(null).notes(null)
                .attendance(Attendance.present(PUPIL_A),
                        new Attendance(PUPIL_B, AttendanceStatus.ABSENT, AbsenceReason.OTHER, "Visiting nurse"))
                .ratings(new TargetRating(PUPIL_A, SessionExamples.TARGET_BLENDING, Rating.NOT_YET))
                .concern("A was tearful and would not say why.").build();

        assertThat(roundTrip(log)).isEqualTo(log);
    }

    @Test
    void json_carriesCodes_andRatingsAsTheirPointOnTheScale() {
        JsonObject json = SessionLogJson.toJson(sessionLog().build());

        assertThat(json.keySet()).containsExactlyInAnyOrder("id", "interventionId", "date", "startTime", "minutes",
                "deliveredBy", "attendance", "ratings", "notes", "concernFlagged", "recordedAt", "deviceId");
        JsonObject absent = json.getAsJsonArray("attendance").get(2).getAsJsonObject();
        assertThat(absent.get("status").getAsString()).isEqualTo("absent");
        assertThat(absent.get("absenceReason").getAsString()).isEqualTo("ill");
        assertThat(json.getAsJsonArray("ratings").get(0).getAsJsonObject().get("rating").getAsInt()).isEqualTo(3);
        assertThat(json.get("recordedAt").getAsString()).isEqualTo("2028-01-10T09:47:12Z");
    }

    @Test
    void concernFlagged_mayBeLeftOut_meaningNoConcern() {
        JsonObject json = SessionLogJson.toJson(sessionLog().build());
        json.remove("concernFlagged");

        assertThat(SessionLogJson.fromJson(new JsonFields(json, "")).concernFlagged()).isFalse();
    }

    @Test
    void badListElements_areNamedByPosition() {
        JsonObject json = SessionLogJson.toJson(sessionLog().build());
        json.getAsJsonArray("attendance").get(2).getAsJsonObject().addProperty("absenceReason", "holiday");
        json.getAsJsonArray("ratings").get(1).getAsJsonObject().addProperty("rating", 5);
        json.getAsJsonArray("ratings").get(2).getAsJsonObject().addProperty("rating", "3");

        assertThat(FieldErrorCodes.of(() -> SessionLogJson.fromJson(new JsonFields(json, "mutations[0].fields"))))
                .containsExactlyInAnyOrder(
                        "mutations[0].fields.attendance[2].absenceReason:invalid_value",
                        "mutations[0].fields.ratings[1].rating:out_of_range",
                        "mutations[0].fields.ratings[2].rating:wrong_type");
    }

    @Test
    void domainErrorOfAnElement_isNamedByPosition() {
        JsonObject json = SessionLogJson.toJson(sessionLog().build());
        json.getAsJsonArray("attendance").get(2).getAsJsonObject().remove("absenceReason");

        assertThat(FieldErrorCodes.of(() -> SessionLogJson.fromJson(new JsonFields(json, ""))))
                .containsExactly("attendance[2].absenceReason:required");
    }

    @Test
    void ratingOfAnAbsentPupil_isReportedByTheLog() {
        JsonObject json = SessionLogJson.toJson(sessionLog().build());
        JsonObject rating = json.getAsJsonArray("ratings").get(0).getAsJsonObject();
        rating.addProperty("pupilId", json.getAsJsonArray("attendance").get(2).getAsJsonObject()
                .get("pupilId").getAsString());

        assertThat(FieldErrorCodes.of(() -> SessionLogJson.fromJson(new JsonFields(json, ""))))
                .containsExactly("ratings[0].pupilId:not_present");
    }

    @Test
    void unknownFields_atAnyLevel_areRejected() {
        JsonObject json = SessionLogJson.toJson(sessionLog().build());
        json.addProperty("location", "library");
        json.getAsJsonArray("attendance").get(0).getAsJsonObject().addProperty("late", true);

        assertThat(FieldErrorCodes.of(() -> SessionLogJson.fromJson(new JsonFields(json, ""))))
                .containsExactlyInAnyOrder("location:unknown_field", "attendance[0].late:unknown_field");
    }
}
