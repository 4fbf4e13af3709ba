package uk.graduated.model.school;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import org.junit.jupiter.api.Test;
import uk.graduated.model.json.JsonFields;
import uk.graduated.model.json.JsonText;

class StaffMemberJsonTest {
    private static StaffMember roundTrip(StaffMember staff) {
        return StaffMemberJson.fromJson(JsonFields.parse(JsonText.compact(StaffMemberJson.toJson(staff))));
    }

    @Test
    void everyExampleStaffMember_roundTrips() {
        for (StaffMember staff : new StaffMember[] {SchoolExamples.senco(), SchoolExamples.teachingAssistant(),
            SchoolExamples.earlyYearsPractitioner(), SchoolExamples.classTeacher(), SchoolExamples.admin()}) {
            assertThat(roundTrip(staff)).isEqualTo(staff);
        }
    }

    @Test
    void roles_travelAsCodesInDeclarationOrder() {
        JsonObject json = StaffMemberJson.toJson(SchoolExamples.senco());

        assertThat(json.getAsJsonArray("roles")).containsExactly(new JsonPrimitive("senco"), new JsonPrimitive("teacher"));
    }

    @Test
    void unknownRoleCode_isNamedByPosition() {
        JsonObject json = StaffMemberJson.toJson(SchoolExamples.senco());
        json.getAsJsonArray("roles").add("headteacher");

        assertThat(FieldErrorCodes.of(() -> StaffMemberJson.fromJson(new JsonFields(json, ""))))
                .containsExactly("roles[2]:invalid_value");
    }

    @Test
    void missingRoles_isReportedByTheRecord() {
        JsonObject json = StaffMemberJson.toJson(SchoolExamples.admin());
        json.remove("roles");

        assertThat(FieldErrorCodes.of(() -> StaffMemberJson.fromJson(new JsonFields(json, ""))))
                .containsExactly("roles:required");
    }
}
