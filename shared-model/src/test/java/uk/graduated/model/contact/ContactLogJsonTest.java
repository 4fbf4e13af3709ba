package uk.graduated.model.contact;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;
import uk.graduated.model.json.JsonFields;
import uk.graduated.model.json.JsonText;
import uk.graduated.model.school.FieldErrorCodes;

class ContactLogJsonTest {
    private static ContactLog roundTrip(ContactLog log) {
        return ContactLogJson.fromJson(JsonFields.parse(JsonText.compact(ContactLogJson.toJson(log))));
    }

    @Test
    void everyExample_roundTrips() {
        for (ContactLog log : new ContactLog[] {ContactExamples.phoneCallWithMother(),
            ContactExamples.speechTherapyMeeting(), ContactExamples.otherAgencyEmail()}) {
            assertThat(roundTrip(log)).isEqualTo(log);
        }
    }

    @Test
    void json_usesWireCodes() {
        JsonObject json = ContactLogJson.toJson(ContactExamples.speechTherapyMeeting());

        assertThat(json.get("withWhom").getAsString()).isEqualTo("agency");
        assertThat(json.get("agency").getAsString()).isEqualTo("speech_and_language_therapy");
        assertThat(json.get("method").getAsString()).isEqualTo("meeting");
        assertThat(json.keySet()).isSubsetOf(ContactLogJson.FIELDS);
    }

    @Test
    void parentContact_sentWithAnAgency_isRefused_andUnknownMethodNamed() {
        JsonObject json = ContactLogJson.toJson(ContactExamples.phoneCallWithMother());
        json.addProperty("agency", "camhs");
        json.addProperty("method", "carrier_pigeon");

        assertThat(FieldErrorCodes.of(() -> ContactLogJson.fromJson(new JsonFields(json, ""))))
                .containsExactlyInAnyOrder("method:invalid_value", "agency:not_allowed");
    }
}
