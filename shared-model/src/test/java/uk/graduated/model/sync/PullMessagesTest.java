package uk.graduated.model.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.graduated.model.sync.Refusals.errorsOf;
import static uk.graduated.model.sync.SyncExamples.id;
import static uk.graduated.model.sync.SyncExamples.minutes;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.graduated.model.validation.FieldError;

class PullMessagesTest {
    private static final Change TARGET = new Change(EntityType.PLAN_TARGET, id(1), 10, false, minutes(30));
    private static final Change TOMBSTONE = Change.tombstone(EntityType.SEN_NEED, id(2), 11);

    @Test
    void pullRequest_withoutLimit_getsTheDefault() {
        assertThat(PullRequest.fromJson("{\"cursor\":null}")).isEqualTo(PullRequest.first());
        assertThat(PullRequest.fromJson("{}").limit()).isEqualTo(SyncLimits.DEFAULT_PULL_LIMIT);
    }

    @Test
    void pullRequest_limitOutsideItsBounds_isRefused() {
        assertThat(errorsOf(() -> PullRequest.fromJson("{\"limit\":0}"))).extracting(FieldError::code)
                .containsExactly("out_of_range");
        assertThat(errorsOf(() -> PullRequest.fromJson("{\"limit\":1001}"))).extracting(FieldError::field)
                .containsExactly("limit");
        assertThat(PullRequest.fromJson("{\"limit\":1000}").limit()).isEqualTo(1000);
    }

    @Test
    void cursor_withSpacesOrTooLong_isRefused() {
        assertThat(errorsOf(() -> new PullRequest("a b", 10))).extracting(FieldError::code).containsExactly("invalid_format");
        assertThat(errorsOf(() -> new PullRequest("x".repeat(513), 10))).extracting(FieldError::field).containsExactly("cursor");
    }

    @Test
    void tombstone_carriesNoFields_andALiveChangeCarriesSome() {
        assertThat(errorsOf(() -> new Change(EntityType.PUPIL, id(1), 3, true, minutes(1))))
                .extracting(FieldError::code).containsExactly("not_allowed");
        assertThat(errorsOf(() -> new Change(EntityType.PUPIL, id(1), 3, false, null)))
                .extracting(FieldError::code).containsExactly("required");
    }

    @Test
    void page_mustBeInVersionOrder_withEachRecordOnce() {
        Change older = new Change(EntityType.PUPIL, id(3), 9, false, minutes(1));
        Removal removeTarget = new Removal(EntityType.PLAN_TARGET, id(1), RemovalReason.SCOPE_WITHDRAWN);

        assertThat(errorsOf(() -> new PullResponse(List.of(TARGET, older), List.of(), "c", false, false, null)))
                .extracting(FieldError::field).containsExactly("changes[1].version");
        assertThat(errorsOf(() -> new PullResponse(List.of(TARGET, TARGET), List.of(), "c", false, false, null)))
                .extracting(FieldError::field).containsExactly("changes[1].entityId");
        assertThat(errorsOf(() -> new PullResponse(List.of(TARGET), List.of(removeTarget), "c", false, false, null)))
                .extracting(FieldError::field).containsExactly("removals[0].entityId");
    }

    @Test
    void changesOfOneTransaction_mayShareAVersion() {
        Change sameVersion = new Change(EntityType.PUPIL, id(3), 10, false, minutes(1));

        assertThat(new PullResponse(List.of(TARGET, sameVersion), List.of(), "c", true, false, null).changes()).hasSize(2);
    }

    @Test
    void ordinaryPage_needsACursor_andNoResyncReason() {
        assertThat(errorsOf(() -> new PullResponse(List.of(TARGET), List.of(), null, false, false,
                ResyncReason.CURSOR_EXPIRED))).extracting(FieldError::field).containsExactly("nextCursor", "resyncReason");
    }

    @Test
    void mustResync_carriesNothingElse_andAReason() {
        assertThat(errorsOf(() -> new PullResponse(List.of(TOMBSTONE), List.of(), "c", true, true, null)))
                .extracting(FieldError::field).containsExactly("resyncReason", "nextCursor", "hasMore", "changes");
        assertThat(PullResponse.resync(ResyncReason.SCOPE_CHANGED).toJson())
                .isEqualTo("{\"changes\":[],\"removals\":[],\"nextCursor\":null,\"hasMore\":false,"
                        + "\"mustResync\":true,\"resyncReason\":\"scope_changed\"}");
    }

    @Test
    void page_largerThanTheMaximum_isRefused() {
        List<Removal> removals = new java.util.ArrayList<>();
        for (int i = 0; i <= SyncLimits.MAX_PULL_LIMIT; i++) {
            removals.add(new Removal(EntityType.PUPIL, id(i), RemovalReason.PUPIL_LEFT));
        }

        assertThat(errorsOf(() -> new PullResponse(List.of(), removals, "c", true, false, null)))
                .extracting(FieldError::code).containsExactly("too_many");
    }

    @Test
    void change_fieldsCannotBeAlteredFromOutside() {
        TARGET.fields().addProperty("minutes", 99);

        assertThat(TARGET.fields().get("minutes").getAsInt()).isEqualTo(30);
    }

    @Test
    void change_readWithoutCopying_showsTheFieldsAsValidated() {
        TARGET.readFields().object().addProperty("minutes", 99);

        assertThat(TARGET.readFields().requiredInt("minutes")).isEqualTo(30);
        assertThat(TARGET.fieldsJson()).isEqualTo("{\"minutes\":30}");
        assertThat(TOMBSTONE.fieldsJson()).isEqualTo("{}");
    }
}
