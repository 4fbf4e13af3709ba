package uk.graduated.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.graduated.model.json.JsonFields;
import uk.graduated.model.json.JsonText;
import uk.graduated.model.school.FieldErrorCodes;

class PlanJsonTest {
    private static JsonFields reparse(JsonObject json) {
        return JsonFields.parse(JsonText.compact(json));
    }

    @Test
    void supportPlan_roundTrips() {
        SupportPlan plan = PlanExamples.poppysPlan();

        assertThat(SupportPlanJson.fromJson(reparse(SupportPlanJson.toJson(plan)))).isEqualTo(plan);
        assertThat(SupportPlanJson.toJson(plan).keySet()).containsExactlyInAnyOrder("id", "pupilId");
    }

    @Test
    void cycles_roundTrip() {
        for (PlanCycle cycle : PlanExamples.poppysCycles().cycles()) {
            assertThat(PlanCycleJson.fromJson(reparse(PlanCycleJson.toJson(cycle)))).isEqualTo(cycle);
        }
        assertThat(PlanCycleJson.toJson(PlanExamples.springCycle()).get("status").getAsString()).isEqualTo("do");
    }

    @Test
    void cycle_withUnknownStageAndEarlyReview_namesBoth() {
        JsonObject json = PlanCycleJson.toJson(PlanExamples.springCycle());
        json.addProperty("status", "finished");
        json.addProperty("startDate", "2027-04-01");

        assertThat(FieldErrorCodes.of(() -> PlanCycleJson.fromJson(new JsonFields(json, ""))))
                .containsExactly("status:invalid_value", "reviewDate:date_order");
    }

    @Test
    void targets_roundTrip_fullAndMinimal() {
        for (Target target : List.of(PlanExamples.speakingTarget(), PlanExamples.listeningTarget())) {
            assertThat(TargetJson.fromJson(reparse(TargetJson.toJson(target)))).isEqualTo(target);
        }
        JsonObject json = TargetJson.toJson(PlanExamples.listeningTarget());
        assertThat(json.get("areaOfNeed").getAsString()).isEqualTo("communication_and_interaction");
        assertThat(json.has("baseline")).isFalse();
    }

    @Test
    void target_withUnknownAreaAndStatus_namesBoth() {
        JsonObject json = TargetJson.toJson(PlanExamples.speakingTarget());
        json.addProperty("areaOfNeed", "SLCN");
        json.addProperty("status", "done");

        assertThat(FieldErrorCodes.of(() -> TargetJson.fromJson(new JsonFields(json, ""))))
                .containsExactly("areaOfNeed:invalid_value", "status:invalid_value");
    }

    @Test
    void strategy_roundTrips() {
        Strategy strategy = PlanExamples.visualTimetable();

        assertThat(StrategyJson.fromJson(reparse(StrategyJson.toJson(strategy)))).isEqualTo(strategy);
    }

    @Test
    void review_roundTrips_withProgressAndAttendees() {
        PlanReview review = PlanExamples.autumnReview();
        JsonObject json = PlanReviewJson.toJson(review);

        assertThat(PlanReviewJson.fromJson(reparse(json))).isEqualTo(review);
        assertThat(json.getAsJsonArray("progress").get(0).getAsJsonObject().get("rating").getAsString())
                .isEqualTo("developing");
        assertThat(json.getAsJsonArray("attendees").get(0).getAsJsonObject().get("role").getAsString())
                .isEqualTo("parent_carer");
    }

    @Test
    void review_withBadNestedEntries_namesEachByPath() {
        JsonObject json = PlanReviewJson.toJson(PlanExamples.autumnReview());
        json.getAsJsonArray("progress").get(1).getAsJsonObject().addProperty("rating", "great");
        json.getAsJsonArray("attendees").get(2).getAsJsonObject().remove("name");
        json.getAsJsonArray("attendees").get(0).getAsJsonObject().addProperty("email", "x@example.org");
        json.addProperty("date", "10/12/2026");

        assertThat(FieldErrorCodes.of(() -> PlanReviewJson.fromJson(new JsonFields(json, ""))))
                .containsExactlyInAnyOrder("date:invalid_format", "progress[1].rating:invalid_value",
                        "attendees[0].email:unknown_field", "attendees[2].name:required");
    }

    @Test
    void review_withoutAttendees_isRefusedByTheRecord() {
        JsonObject json = PlanReviewJson.toJson(PlanExamples.autumnReview());
        json.add("attendees", new JsonArray());

        assertThat(FieldErrorCodes.of(() -> PlanReviewJson.fromJson(new JsonFields(json, ""))))
                .containsExactly("attendees:required");
    }
}
