package uk.graduated.model.intervention;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.graduated.model.intervention.ProvisionExamples.TERM_START;
import static uk.graduated.model.intervention.ProvisionExamples.errorsPerMinute;
import static uk.graduated.model.intervention.ProvisionExamples.intervention;
import static uk.graduated.model.intervention.ProvisionExamples.schedule;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.graduated.model.json.JsonFields;
import uk.graduated.model.json.JsonText;
import uk.graduated.model.school.FieldErrorCodes;
import uk.graduated.model.sen.BroadArea;

class InterventionJsonTest {

    private static Intervention roundTrip(Intervention intervention) {
        return InterventionJson.fromJson(JsonFields.parse(JsonText.compact(InterventionJson.toJson(intervention))));
    }

    @Test
    void runningIntervention_endingAfterWeeks_roundTrips() {
        Intervention intervention = intervention().build();

        assertThat(roundTrip(intervention)).isEqualTo(intervention);
    }

    @Test
    void plannedIntervention_withFixedEndDate_noStaff_noStartTime_roundTrips() {
        Intervention intervention = intervention().status(InterventionStatus.PLANNED).leadStaffIds(List.of())
                .areaOfNeed(BroadArea.SEMH).assessment(errorsPerMinute())
                .schedule(schedule().days(MONDAY, FRIDAY).sessionsPerWeek(4).endDate(TERM_START.plusWeeks(6))
                        .startTime(null).build())
                .costs(new Costs(0, 0)).build();

        assertThat(roundTrip(intervention)).isEqualTo(intervention);
    }

    @Test
    void json_usesCamelCaseNames_wireCodes_andLeavesOutWhatIsAbsent() {
        JsonObject json = InterventionJson.toJson(intervention().build());

        assertThat(json.keySet()).containsExactlyInAnyOrderElementsOf(InterventionJson.FIELDS);
        assertThat(json.get("areaOfNeed").getAsString()).isEqualTo("cognition_and_learning");
        assertThat(json.get("status").getAsString()).isEqualTo("running");
        JsonObject schedule = json.getAsJsonObject("schedule");
        assertThat(schedule.getAsJsonArray("days")).extracting(e -> e.getAsString())
                .containsExactly("monday", "wednesday", "friday");
        assertThat(schedule.has("endDate")).isFalse();
        assertThat(schedule.get("startTime").getAsString()).isEqualTo("09:15");
        assertThat(json.getAsJsonObject("costs").get("staffHourlyCostPence").getAsLong()).isEqualTo(1_850);
        assertThat(json.getAsJsonObject("assessment").get("higherIsBetter").getAsBoolean()).isTrue();
    }

    @Test
    void wireErrors_inNestedObjects_areNamedByTheirFullPath() {
        JsonObject json = InterventionJson.toJson(intervention().build());
        json.getAsJsonObject("schedule").addProperty("minutesPerSession", "thirty");
        json.getAsJsonObject("schedule").getAsJsonArray("days").add("funday");
        json.getAsJsonObject("costs").remove("resourcesCostPence");
        json.addProperty("status", "paused");
        json.addProperty("colour", "blue");

        assertThat(FieldErrorCodes.of(() -> InterventionJson.fromJson(new JsonFields(json, "mutations[2].fields"))))
                .containsExactlyInAnyOrder(
                        "mutations[2].fields.schedule.minutesPerSession:wrong_type",
                        "mutations[2].fields.schedule.days[3]:invalid_value",
                        "mutations[2].fields.costs.resourcesCostPence:required",
                        "mutations[2].fields.status:invalid_value",
                        "mutations[2].fields.colour:unknown_field");
    }

    @Test
    void domainErrors_ofANestedRecord_areNamedByTheirFullPath() {
        JsonObject json = InterventionJson.toJson(intervention().build());
        json.getAsJsonObject("schedule").addProperty("minutesPerSession", 300);
        json.getAsJsonObject("schedule").addProperty("endDate", "2028-03-01");

        assertThat(FieldErrorCodes.of(() -> InterventionJson.fromJson(new JsonFields(json, ""))))
                .containsExactlyInAnyOrder("schedule.minutesPerSession:out_of_range", "schedule.weeks:conflict");
    }

    @Test
    void domainErrors_ofTheIntervention_areReported() {
        JsonObject json = InterventionJson.toJson(intervention().build());
        json.add("leadStaffIds", new JsonArray());
        json.addProperty("maxGroupSize", 0);

        assertThat(FieldErrorCodes.of(() -> InterventionJson.fromJson(new JsonFields(json, ""))))
                .containsExactlyInAnyOrder("leadStaffIds:required", "maxGroupSize:out_of_range");
    }

    @Test
    void repeatedDay_andMalformedStaffId_areNamedByPosition() {
        JsonObject json = InterventionJson.toJson(intervention().build());
        json.getAsJsonObject("schedule").getAsJsonArray("days").add("monday");
        json.getAsJsonArray("leadStaffIds").add("not-a-uuid");

        assertThat(FieldErrorCodes.of(() -> InterventionJson.fromJson(new JsonFields(json, ""))))
                .containsExactlyInAnyOrder("schedule.days[3]:duplicate", "leadStaffIds[1]:invalid_format");
    }

    @Test
    void missingNestedObjects_areRequired() {
        JsonObject json = InterventionJson.toJson(intervention().build());
        json.remove("assessment");
        json.remove("schedule");
        json.remove("costs");

        assertThat(FieldErrorCodes.of(() -> InterventionJson.fromJson(new JsonFields(json, ""))))
                .containsExactlyInAnyOrder("assessment:required", "schedule:required", "costs:required");
    }
}
