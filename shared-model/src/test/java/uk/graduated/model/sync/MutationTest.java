package uk.graduated.model.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static uk.graduated.model.sync.Refusals.errorsOf;
import static uk.graduated.model.sync.SyncExamples.AT;
import static uk.graduated.model.sync.SyncExamples.DEVICE;
import static uk.graduated.model.sync.SyncExamples.ENTITY;
import static uk.graduated.model.sync.SyncExamples.id;
import static uk.graduated.model.sync.SyncExamples.minutes;

import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import org.junit.jupiter.api.Test;
import uk.graduated.model.json.JsonOut;
import uk.graduated.model.validation.FieldError;

class MutationTest {

    @Test
    void delete_withFields_isRefused() {
        assertThat(errorsOf(() -> new Mutation(id(1), DEVICE, EntityType.SEN_NEED, ENTITY, Operation.DELETE, 3L,
                minutes(1), AT))).containsExactly(new FieldError("fields", "not_allowed", "a delete carries no fields"));
    }

    @Test
    void upsert_withoutFields_isRefused() {
        assertThat(errorsOf(() -> Mutation.upsert(id(1), DEVICE, EntityType.PUPIL, ENTITY, null, new JsonObject(), AT)))
                .extracting(FieldError::field, FieldError::code).containsExactly(tuple("fields", "required"));
    }

    @Test
    void upsertOfInsertOnlyType_withBaseVersion_isRefused() {
        assertThat(errorsOf(() -> Mutation.upsert(id(1), DEVICE, EntityType.SESSION_LOG, ENTITY, 5L, minutes(30), AT)))
                .extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("baseVersion", "insert_only"));
    }

    @Test
    void deleteOfInsertOnlyType_isAllowed() {
        Mutation delete = Mutation.delete(id(1), DEVICE, EntityType.OBSERVATION, ENTITY, 5L, AT);

        assertThat(delete.fields().size()).isZero();
    }

    @Test
    void baseVersionBelowOne_andMissingIds_areRefusedTogether() {
        assertThat(errorsOf(() -> new Mutation(null, null, null, null, null, 0L, null, null)))
                .extracting(FieldError::field)
                .containsExactlyInAnyOrder("mutationId", "deviceId", "entityType", "entityId", "operation",
                        "clientTime", "baseVersion");
    }

    @Test
    void fields_areCopiedIn_andOut() {
        JsonObject fields = minutes(30);
        Mutation mutation = Mutation.upsert(id(1), DEVICE, EntityType.PLAN_TARGET, ENTITY, null, fields, AT);

        fields.addProperty("minutes", 45);
        mutation.fields().addProperty("minutes", 60);

        assertThat(mutation.fields().get("minutes").getAsInt()).isEqualTo(30);
    }

    @Test
    void numbersBuiltInCode_equalAndHashLikeParsedOnes() {
        JsonObject fields = new JsonObject();
        fields.addProperty("minutes", 30);
        Mutation built = Mutation.upsert(id(1), DEVICE, EntityType.PLAN_TARGET, ENTITY, null, fields, AT);

        Mutation parsed = Mutation.fromJson(built.toJson());

        assertThat(parsed).isEqualTo(built);
        assertThat(parsed.hashCode()).isEqualTo(built.hashCode());
    }

    @Test
    void nonFiniteNumbers_inFields_areRefused() {
        JsonObject fields = new JsonObject();
        fields.add("score", new JsonPrimitive(Double.NaN));

        assertThat(errorsOf(() -> Mutation.upsert(id(1), DEVICE, EntityType.PUPIL, ENTITY, null, fields, AT)))
                .extracting(FieldError::field).containsExactly("fields.score");
    }

    @Test
    void badFieldNames_tooManyFields_andTooMuchText_areRefused() {
        JsonObject badName = new JsonOut().put("Minutes", 1).put("has space", 2).build();
        JsonObject tooMany = new JsonObject();
        for (int i = 0; i <= SyncLimits.MAX_FIELDS_PER_MUTATION; i++) {
            tooMany.addProperty("f" + i, i);
        }
        JsonObject tooLong = new JsonOut().put("notes", "x".repeat(SyncLimits.MAX_FIELDS_JSON_LENGTH)).build();

        assertThat(errorsOf(() -> Mutation.upsert(id(1), DEVICE, EntityType.PUPIL, ENTITY, null, badName, AT)))
                .extracting(FieldError::code).containsExactly("invalid_format", "invalid_format");
        assertThat(errorsOf(() -> Mutation.upsert(id(1), DEVICE, EntityType.PUPIL, ENTITY, null, tooMany, AT)))
                .extracting(FieldError::code).containsExactly("too_many");
        assertThat(errorsOf(() -> Mutation.upsert(id(1), DEVICE, EntityType.PUPIL, ENTITY, null, tooLong, AT)))
                .extracting(FieldError::code).containsExactly("too_long");
    }

    @Test
    void nullFieldValue_meansClearTheField_andSurvivesJson() {
        JsonObject fields = new JsonOut().putNull("leftOn").build();
        Mutation clear = Mutation.upsert(id(1), DEVICE, EntityType.GROUP_MEMBERSHIP, ENTITY, 4L, fields, AT);

        Mutation read = Mutation.fromJson(clear.toJson());

        assertThat(read.fields().has("leftOn")).isTrue();
        assertThat(read.fields().get("leftOn").isJsonNull()).isTrue();
    }

    @Test
    void json_writesEveryMember_nullBaseVersionAndEmptyFieldsIncluded() {
        String json = Mutation.delete(id(1), DEVICE, EntityType.SEN_NEED, ENTITY, null, AT).toJson();

        assertThat(json).contains("\"baseVersion\":null", "\"fields\":{}", "\"operation\":\"delete\"");
    }

    @Test
    void fromJson_namesEachBadMember() {
        String json = "{\"mutationId\":\"x\",\"deviceId\":\"" + DEVICE + "\",\"entityType\":\"lesson\","
                + "\"entityId\":\"" + ENTITY + "\",\"operation\":\"update\",\"baseVersion\":\"3\",\"fields\":[],"
                + "\"clientTime\":\"2026-11-23 09:47\",\"extra\":1}";

        assertThat(errorsOf(() -> Mutation.fromJson(json))).extracting(FieldError::field, FieldError::code)
                .containsExactlyInAnyOrder(
                        tuple("extra", "unknown_field"),
                        tuple("mutationId", "invalid_format"),
                        tuple("entityType", "invalid_value"),
                        tuple("operation", "invalid_value"),
                        tuple("baseVersion", "wrong_type"),
                        tuple("fields", "wrong_type"),
                        tuple("clientTime", "invalid_format"));
    }

    @Test
    void fromJson_missingFieldsForADelete_isFine() {
        String json = "{\"mutationId\":\"" + id(1) + "\",\"deviceId\":\"" + DEVICE + "\",\"entityType\":\"sen_need\","
                + "\"entityId\":\"" + ENTITY + "\",\"operation\":\"delete\",\"clientTime\":\"2026-11-23T09:47:12Z\"}";

        assertThat(Mutation.fromJson(json).operation()).isEqualTo(Operation.DELETE);
    }
}
