package uk.graduated.model.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static uk.graduated.model.sync.Refusals.errorsOf;
import static uk.graduated.model.sync.SyncExamples.AT;
import static uk.graduated.model.sync.SyncExamples.DEVICE;
import static uk.graduated.model.sync.SyncExamples.ENTITY;
import static uk.graduated.model.sync.SyncExamples.id;
import static uk.graduated.model.sync.SyncExamples.minutes;
import static uk.graduated.model.sync.SyncExamples.upsert;

import com.google.gson.JsonNull;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.graduated.model.validation.FieldError;

class PushMessagesTest {

    @Test
    void push_withNoMutations_orMoreThanTheLimit_isRefused() {
        List<Mutation> tooMany = new ArrayList<>();
        for (int i = 0; i <= SyncLimits.MAX_MUTATIONS_PER_PUSH; i++) {
            tooMany.add(upsert(i));
        }

        assertThat(errorsOf(() -> new PushRequest(1, DEVICE, List.of()))).extracting(FieldError::code)
                .containsExactly("required");
        assertThat(errorsOf(() -> new PushRequest(1, DEVICE, tooMany))).extracting(FieldError::code)
                .containsExactly("too_many");
    }

    @Test
    void push_atTheLimit_isAccepted() {
        List<Mutation> full = new ArrayList<>();
        for (int i = 0; i < SyncLimits.MAX_MUTATIONS_PER_PUSH; i++) {
            full.add(upsert(i));
        }

        assertThat(PushRequest.fromJson(new PushRequest(1, DEVICE, full).toJson()).mutations()).hasSize(500);
    }

    @Test
    void push_withARepeatedMutationId_orAnotherDevicesMutation_isRefused() {
        Mutation foreign = Mutation.upsert(id(9), id(99), EntityType.PUPIL, ENTITY, null, minutes(1), AT);

        assertThat(errorsOf(() -> new PushRequest(1, DEVICE, List.of(upsert(1), upsert(1), foreign))))
                .extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("mutations[1].mutationId", "duplicate"),
                        tuple("mutations[2].deviceId", "device_mismatch"));
    }

    @Test
    void pushFromJson_reportsNestedErrors_underTheMutationsPath() {
        String json = "{\"protocolVersion\":1,\"deviceId\":\"" + DEVICE + "\",\"mutations\":["
                + upsert(1).toJson() + ","
                + upsert(2).toJson().replace("\"baseVersion\":12", "\"baseVersion\":0") + ","
                + upsert(3).toJson().replace("\"minutes\":30", "\"minutes\":\"NaN\"").replace("\"operation\":\"upsert\"", "\"operation\":\"merge\"")
                + ",7]}";

        assertThat(errorsOf(() -> PushRequest.fromJson(json))).extracting(FieldError::field, FieldError::code)
                .containsExactly(
                        tuple("mutations[3]", "wrong_type"),
                        tuple("mutations[1].baseVersion", "out_of_range"),
                        tuple("mutations[2].operation", "invalid_value"));
    }

    @Test
    void pushFromJson_withAHugeList_isRefusedWithoutReadingIt() {
        String json = "{\"protocolVersion\":1,\"deviceId\":\"" + DEVICE + "\",\"mutations\":["
                + "1,".repeat(100_000) + "1]}";

        assertThat(errorsOf(() -> PushRequest.fromJson(json))).containsExactly(
                new FieldError("mutations", "too_many", "mutations may hold at most 500 items"));
    }

    @Test
    void merged_needsAResolution_andEachFieldOnce() {
        FieldResolution goal = new FieldResolution("goal", FieldResolution.Resolution.KEPT_BOTH, new JsonPrimitive("old"));

        assertThat(errorsOf(() -> new MutationOutcome.Merged(id(1), 3, List.of()))).extracting(FieldError::code)
                .containsExactly("required");
        assertThat(errorsOf(() -> new MutationOutcome.Merged(id(1), 3, List.of(goal, goal))))
                .extracting(FieldError::code).containsExactly("duplicate");
    }

    @Test
    void resolution_withoutOtherValue_meansTheOtherChangeClearedTheField() {
        FieldResolution cleared = new FieldResolution("leftOn", FieldResolution.Resolution.OVERWROTE, null);

        assertThat(cleared.otherValue()).isEqualTo(JsonNull.INSTANCE);
        assertThat(cleared.toJsonObject().toString()).contains("\"otherValue\":null");
    }

    @Test
    void conflictingLongText_keepsBoth_andEverythingElseIsOverwritten() {
        JsonPrimitive longText = new JsonPrimitive("x".repeat(FieldResolution.LONG_TEXT_LENGTH));
        JsonPrimitive shortText = new JsonPrimitive("Ava was tired");
        JsonPrimitive twoLines = new JsonPrimitive("Tired.\nWent home.");

        assertThat(FieldResolution.resolve(shortText, longText)).isEqualTo(FieldResolution.Resolution.KEPT_BOTH);
        assertThat(FieldResolution.resolve(longText, shortText)).isEqualTo(FieldResolution.Resolution.KEPT_BOTH);
        assertThat(FieldResolution.resolve(shortText, twoLines)).isEqualTo(FieldResolution.Resolution.KEPT_BOTH);
        assertThat(FieldResolution.resolve(shortText, new JsonPrimitive("Ava was sleepy")))
                .isEqualTo(FieldResolution.Resolution.OVERWROTE);
        assertThat(FieldResolution.resolve(JsonNull.INSTANCE, longText)).isEqualTo(FieldResolution.Resolution.OVERWROTE);
        assertThat(FieldResolution.resolve(longText, new JsonPrimitive(30))).isEqualTo(FieldResolution.Resolution.OVERWROTE);
    }

    @Test
    void outcome_withUnknownStatus_isRefused() {
        String json = "{\"outcomes\":[{\"mutationId\":\"" + id(1) + "\",\"status\":\"ignored\"}]}";

        assertThat(errorsOf(() -> PushResponse.fromJson(json))).containsExactly(new FieldError(
                "outcomes[0].status", "invalid_value", "status must be one of: applied, rejected, merged"));
    }

    @Test
    void outcome_membersOfAnotherStatus_areUnknownFields() {
        String json = "{\"outcomes\":[{\"mutationId\":\"" + id(1) + "\",\"status\":\"applied\",\"serverVersion\":4,"
                + "\"code\":\"forbidden\"}]}";

        assertThat(errorsOf(() -> PushResponse.fromJson(json))).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("outcomes[0].code", "unknown_field"));
    }

    @Test
    void rejected_alwaysWritesItsField_nullWhenNotAboutOne() {
        MutationOutcome.Rejected rejected = new MutationOutcome.Rejected(id(1), RejectionCode.FORBIDDEN, null,
                "You may not change this pupil's record.", List.of());

        assertThat(rejected.toJsonObject().toString()).contains("\"field\":null", "\"errors\":[]");
    }

    @Test
    void response_answersOnlyItsOwnRequest_inOrder() {
        PushRequest request = new PushRequest(1, DEVICE, List.of(upsert(1), upsert(2)));
        MutationOutcome first = new MutationOutcome.Applied(id(1), 7);
        MutationOutcome second = new MutationOutcome.Applied(id(2), 8);

        assertThat(new PushResponse(List.of(first, second)).answers(request)).isTrue();
        assertThat(new PushResponse(List.of(second, first)).answers(request)).isFalse();
        assertThat(new PushResponse(List.of(first)).answers(request)).isFalse();
    }

    @Test
    void response_withARepeatedMutationId_isRefused() {
        MutationOutcome applied = new MutationOutcome.Applied(id(1), 7);

        assertThat(errorsOf(() -> new PushResponse(List.of(applied, applied)))).extracting(FieldError::field)
                .containsExactly("outcomes[1].mutationId");
    }
}
