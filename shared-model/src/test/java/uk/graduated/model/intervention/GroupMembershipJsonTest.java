package uk.graduated.model.intervention;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.graduated.model.intervention.ProvisionExamples.TERM_START;
import static uk.graduated.model.intervention.ProvisionExamples.membership;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;
import uk.graduated.model.json.JsonFields;
import uk.graduated.model.json.JsonText;
import uk.graduated.model.school.FieldErrorCodes;

class GroupMembershipJsonTest {

    private static GroupMembership roundTrip(GroupMembership membership) {
        return GroupMembershipJson.fromJson(JsonFields.parse(JsonText.compact(GroupMembershipJson.toJson(membership))));
    }

    @Test
    void finishedMembership_withBothScores_roundTrips() {
        GroupMembership membership = membership().build();

        assertThat(roundTrip(membership)).isEqualTo(membership);
    }

    @Test
    void currentMembership_withoutScores_roundTrips_andLeavesThemOut() {
        GroupMembership membership = membership().leftOn(null).entry(null).exit(null).build();

        assertThat(roundTrip(membership)).isEqualTo(membership);
        assertThat(GroupMembershipJson.toJson(membership).keySet())
                .containsExactlyInAnyOrder("id", "interventionId", "pupilId", "joinedOn");
    }

    @Test
    void decimalScores_travelAsStrings_keepingTheirScale() {
        GroupMembership membership = membership().entry("95.50", TERM_START).exit("101.25", TERM_START.plusWeeks(8))
                .build();

        JsonObject json = GroupMembershipJson.toJson(membership);

        assertThat(json.getAsJsonObject("entry").get("value").getAsJsonPrimitive().isString()).isTrue();
        assertThat(json.getAsJsonObject("entry").get("value").getAsString()).isEqualTo("95.50");
        assertThat(roundTrip(membership)).isEqualTo(membership);
    }

    @Test
    void numericScore_orBadDate_isNamedInsideTheScore() {
        JsonObject json = GroupMembershipJson.toJson(membership().build());
        json.getAsJsonObject("entry").addProperty("value", 84);
        json.getAsJsonObject("exit").addProperty("takenOn", "2028-02-30");

        assertThat(FieldErrorCodes.of(() -> GroupMembershipJson.fromJson(new JsonFields(json, ""))))
                .containsExactlyInAnyOrder("entry.value:wrong_type", "exit.takenOn:invalid_format");
    }

    @Test
    void tooPreciseScore_isReportedByTheScore() {
        JsonObject json = GroupMembershipJson.toJson(membership().build());
        json.getAsJsonObject("exit").addProperty("value", "90.125");

        assertThat(FieldErrorCodes.of(() -> GroupMembershipJson.fromJson(new JsonFields(json, ""))))
                .containsExactly("exit.value:too_precise");
    }

    @Test
    void exitWithoutEntry_isReportedByTheMembership() {
        JsonObject json = GroupMembershipJson.toJson(membership().build());
        json.remove("entry");

        assertThat(FieldErrorCodes.of(() -> GroupMembershipJson.fromJson(new JsonFields(json, ""))))
                .containsExactly("exit:entry_missing");
    }
}
