package uk.graduated.model.ehc;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;
import uk.graduated.model.json.JsonFields;
import uk.graduated.model.json.JsonText;
import uk.graduated.model.school.FieldErrorCodes;

class EhcPlanJsonTest {
    private static EhcPlan roundTrip(EhcPlan plan) {
        return EhcPlanJson.fromJson(JsonFields.parse(JsonText.compact(EhcPlanJson.toJson(plan))));
    }

    @Test
    void plans_roundTrip_withAndWithoutReviewDates() {
        assertThat(roundTrip(EhcExamples.idrisPlan())).isEqualTo(EhcExamples.idrisPlan());
        assertThat(roundTrip(EhcExamples.miloPlan())).isEqualTo(EhcExamples.miloPlan());
    }

    @Test
    void json_carriesOnlyStoredDates() {
        JsonObject json = EhcPlanJson.toJson(EhcExamples.miloPlan());

        assertThat(json.keySet()).containsExactlyInAnyOrder("id", "pupilId", "issueDate", "localAuthority");
        assertThat(json.get("issueDate").getAsString()).isEqualTo("2026-09-15");
    }

    @Test
    void datesInTheWrongOrder_andAnImpossibleDate_areNamed() {
        JsonObject json = EhcPlanJson.toJson(EhcExamples.idrisPlan());
        json.addProperty("lastAnnualReviewDate", "2023-06-10");
        json.addProperty("invitationSentDate", "2027-02-30");

        assertThat(FieldErrorCodes.of(() -> EhcPlanJson.fromJson(new JsonFields(json, ""))))
                .containsExactlyInAnyOrder("lastAnnualReviewDate:date_order", "invitationSentDate:invalid_format");
    }
}
