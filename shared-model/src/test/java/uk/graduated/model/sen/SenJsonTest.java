package uk.graduated.model.sen;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;
import uk.graduated.model.json.JsonFields;
import uk.graduated.model.json.JsonText;
import uk.graduated.model.school.FieldErrorCodes;

class SenJsonTest {
    private static JsonFields reparse(JsonObject json) {
        return JsonFields.parse(JsonText.compact(json));
    }

    @Test
    void provisionEntries_roundTrip_openAndClosed() {
        for (ProvisionEntry entry : SenExamples.idrisHistory().entries()) {
            assertThat(ProvisionEntryJson.fromJson(reparse(ProvisionEntryJson.toJson(entry)))).isEqualTo(entry);
        }
    }

    @Test
    void provisionEntry_json_usesTheCensusLetter_andOmitsAnOpenEnd() {
        JsonObject json = ProvisionEntryJson.toJson(SenExamples.poppyOnSenSupport());

        assertThat(json.get("provision").getAsString()).isEqualTo("K");
        assertThat(json.has("endDate")).isFalse();
        assertThat(json.keySet()).isSubsetOf(ProvisionEntryJson.FIELDS);
    }

    @Test
    void provisionEntry_withLowerCaseCodeAndEndBeforeStart_reportsBoth() {
        JsonObject json = ProvisionEntryJson.toJson(SenExamples.poppyOnSenSupport());
        json.addProperty("provision", "k");
        json.addProperty("endDate", "2025-09-01");

        assertThat(FieldErrorCodes.of(() -> ProvisionEntryJson.fromJson(new JsonFields(json, ""))))
                .containsExactlyInAnyOrder("provision:invalid_value", "endDate:date_order");
    }

    @Test
    void rankedNeeds_roundTrip() {
        for (RankedNeed need : new RankedNeed[] {SenExamples.poppyPrimaryNeed(), SenExamples.idrisPrimaryNeed(),
            SenExamples.idrisSecondaryNeed(), SenExamples.need(5, NeedType.NSA, 1)}) {
            assertThat(RankedNeedJson.fromJson(reparse(RankedNeedJson.toJson(need)))).isEqualTo(need);
        }
    }

    @Test
    void rankedNeed_json_usesTheCensusCode() {
        JsonObject json = RankedNeedJson.toJson(SenExamples.poppyPrimaryNeed());

        assertThat(json.get("type").getAsString()).isEqualTo("SLCN");
        assertThat(json.get("rank").getAsInt()).isEqualTo(1);
    }

    @Test
    void rankedNeed_withRankThreeAndFractionalRank_areNamed() {
        JsonObject json = RankedNeedJson.toJson(SenExamples.poppyPrimaryNeed());
        json.addProperty("rank", 3);
        assertThat(FieldErrorCodes.of(() -> RankedNeedJson.fromJson(new JsonFields(json, ""))))
                .containsExactly("rank:out_of_range");

        json.addProperty("rank", 1.5);
        assertThat(FieldErrorCodes.of(() -> RankedNeedJson.fromJson(new JsonFields(json, ""))))
                .hasSize(1).allMatch(e -> e.startsWith("rank:"));
    }

    @Test
    void rankedNeed_missingRank_isNamedOnce() {
        JsonObject json = RankedNeedJson.toJson(SenExamples.poppyPrimaryNeed());
        json.remove("rank");

        assertThat(FieldErrorCodes.of(() -> RankedNeedJson.fromJson(new JsonFields(json, ""))))
                .containsExactly("rank:required");
    }
}
