package uk.graduated.model.intervention;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.graduated.model.intervention.ProvisionExamples.TERM_START;
import static uk.graduated.model.intervention.ProvisionExamples.membership;

import org.junit.jupiter.api.Test;
import uk.graduated.model.school.FieldErrorCodes;

class GroupMembershipTest {

    @Test
    void example_isValid() {
        GroupMembership membership = membership().build();

        assertThat(membership.entry().value()).isEqualByComparingTo("84");
        assertThat(membership.exit().value()).isEqualByComparingTo("90");
    }

    @Test
    void pupilStillInTheGroup_withoutScoresYet_isValid() {
        GroupMembership membership = membership().leftOn(null).entry(null).exit(null).build();

        assertThat(membership.leftOn()).isNull();
        assertThat(membership.isMemberOn(TERM_START.plusYears(1))).isTrue();
    }

    @Test
    void missingIds_andJoiningDate_areReportedAtOnce() {
        assertThat(FieldErrorCodes.of(() -> membership().id(null).interventionId(null).pupilId(null).joinedOn(null).build()))
                .containsExactlyInAnyOrder("id:required", "interventionId:required", "pupilId:required",
                        "joinedOn:required");
    }

    @Test
    void leftOn_beforeJoinedOn_isRejected() {
        assertThat(FieldErrorCodes.of(() -> membership().leftOn(TERM_START.minusDays(1)).build()))
                .containsExactly("leftOn:date_order");
    }

    @Test
    void leftOn_theDayTheyJoined_isAccepted() {
        assertThat(membership().leftOn(TERM_START).build().isMemberOn(TERM_START)).isTrue();
    }

    @Test
    void exitScore_withoutAnEntryScore_isRejected() {
        assertThat(FieldErrorCodes.of(() -> membership().entry(null).build())).containsExactly("exit:entry_missing");
    }

    @Test
    void exitScore_takenBeforeTheEntryScore_isRejected() {
        assertThat(FieldErrorCodes.of(() -> membership().entry("84", TERM_START).exit("90", TERM_START.minusDays(1)).build()))
                .containsExactly("exit.takenOn:date_order");
    }

    @Test
    void exitScore_takenTheSameDayAsEntry_isAccepted() {
        assertThat(membership().entry("84", TERM_START).exit("84", TERM_START).build().exit().takenOn())
                .isEqualTo(TERM_START);
    }

    @Test
    void isMemberOn_countsTheJoiningAndLeavingDays_andNothingOutside() {
        GroupMembership membership = membership().joinedOn(TERM_START).leftOn(TERM_START.plusDays(10)).build();

        assertThat(membership.isMemberOn(TERM_START.minusDays(1))).isFalse();
        assertThat(membership.isMemberOn(TERM_START)).isTrue();
        assertThat(membership.isMemberOn(TERM_START.plusDays(10))).isTrue();
        assertThat(membership.isMemberOn(TERM_START.plusDays(11))).isFalse();
    }
}
