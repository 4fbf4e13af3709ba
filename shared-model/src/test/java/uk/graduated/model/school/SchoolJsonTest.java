package uk.graduated.model.school;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;
import uk.graduated.model.json.JsonFields;
import uk.graduated.model.json.JsonText;

class SchoolJsonTest {
    private static School roundTrip(School school) {
        String text = JsonText.compact(SchoolJson.toJson(school));
        return SchoolJson.fromJson(JsonFields.parse(text));
    }

    @Test
    void school_roundTrips_withAndWithoutUrn() {
        assertThat(roundTrip(SchoolExamples.larkfieldPrimary())).isEqualTo(SchoolExamples.larkfieldPrimary());
        assertThat(roundTrip(SchoolExamples.bramblesNursery())).isEqualTo(SchoolExamples.bramblesNursery());
    }

    @Test
    void school_json_usesWireCodesAndLeavesOutAbsentUrn() {
        JsonObject json = SchoolJson.toJson(SchoolExamples.bramblesNursery());

        assertThat(json.get("phase").getAsString()).isEqualTo("nursery");
        assertThat(json.has("urn")).isFalse();
        assertThat(json.keySet()).isSubsetOf(SchoolJson.FIELDS);
    }

    @Test
    void school_fromJson_reportsWireAndDomainErrorsTogether() {
        String json = "{\"id\":\"not-a-uuid\",\"name\":\"Larkfield\",\"urn\":\"12\",\"phase\":\"infant\",\"extra\":1}";

        assertThat(FieldErrorCodes.of(() -> SchoolJson.fromJson(JsonFields.parse(json))))
                .containsExactlyInAnyOrder("extra:unknown_field", "id:invalid_format", "phase:invalid_value",
                        "urn:invalid_format");
    }

    @Test
    void school_fromJson_doesNotRepeatAFieldTheWireAlreadyRefused() {
        String json = "{\"id\":\"7e610000-0000-4000-8000-000000000001\",\"phase\":\"primary\"}";

        assertThat(FieldErrorCodes.of(() -> SchoolJson.fromJson(JsonFields.parse(json))))
                .containsExactly("name:required");
    }

    @Test
    void school_fromNestedReader_prefixesItsPath() {
        JsonObject body = new JsonObject();
        JsonObject fields = SchoolJson.toJson(SchoolExamples.larkfieldPrimary());
        fields.addProperty("urn", "1");
        body.add("fields", fields);
        JsonFields nested = new JsonFields(body, "").requiredObject("fields");

        assertThat(FieldErrorCodes.of(() -> SchoolJson.fromJson(nested))).containsExactly("fields.urn:invalid_format");
    }
}
