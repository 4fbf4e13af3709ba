package uk.graduated.model.ehc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.graduated.model.pupil.RegisterExamples;
import uk.graduated.model.school.FieldErrorCodes;
import uk.graduated.model.validation.TextLimits;

class EhcPlanTest {
    private static final UUID ID = EhcExamples.IDRIS_PLAN_ID;
    private static final UUID PUPIL = RegisterExamples.IDRIS_ID;
    private static final LocalDate ISSUED = LocalDate.of(2024, 2, 29);

    private static EhcPlan plan(LocalDate lastReview, LocalDate meeting, LocalDate invited) {
        return new EhcPlan(ID, PUPIL, ISSUED, lastReview, meeting, invited, EhcExamples.AUTHORITY);
    }

    @Test
    void examples_areValid_andCountFromTheRightDate() {
        assertThat(EhcExamples.idrisPlan().lastReviewOrIssue()).isEqualTo(LocalDate.of(2026, 6, 10));
        assertThat(EhcExamples.miloPlan().lastReviewOrIssue()).isEqualTo(LocalDate.of(2026, 9, 15));
    }

    @Test
    void plan_withEverythingMissing_namesEachField() {
        assertThat(FieldErrorCodes.of(() -> new EhcPlan(null, null, null, null, null, null, " ")))
                .containsExactly("id:required", "pupilId:required", "issueDate:required", "localAuthority:required");
    }

    @Test
    void lastReview_onTheIssueDay_isAccepted_theDayBefore_isNot() {
        assertThat(plan(ISSUED, null, null).lastReviewOrIssue()).isEqualTo(ISSUED);
        assertThat(FieldErrorCodes.of(() -> plan(ISSUED.minusDays(1), null, null)))
                .containsExactly("lastAnnualReviewDate:date_order");
    }

    @Test
    void nextMeeting_mustFollowTheLastReview() {
        LocalDate lastReview = LocalDate.of(2025, 2, 20);
        assertThat(FieldErrorCodes.of(() -> plan(lastReview, lastReview, null)))
                .containsExactly("nextReviewMeetingDate:date_order");
        assertThat(FieldErrorCodes.of(() -> plan(null, ISSUED, null)))
                .containsExactly("nextReviewMeetingDate:date_order");
    }

    @Test
    void invitation_afterTheMeeting_orBeforeTheLastReview_isRejected() {
        LocalDate lastReview = LocalDate.of(2025, 2, 20);
        LocalDate meeting = LocalDate.of(2026, 2, 5);

        assertThat(FieldErrorCodes.of(() -> plan(lastReview, meeting, meeting.plusDays(1))))
                .containsExactly("invitationSentDate:date_order");
        assertThat(FieldErrorCodes.of(() -> plan(lastReview, meeting, lastReview.minusDays(1))))
                .containsExactly("invitationSentDate:date_order");
        assertThat(plan(lastReview, meeting, meeting).invitationSentDate()).isEqualTo(meeting);
    }

    @Test
    void localAuthority_overTheLimit_isRejected() {
        assertThat(FieldErrorCodes.of(() -> new EhcPlan(ID, PUPIL, ISSUED, null, null, null,
                "N".repeat(TextLimits.NAME + 1)))).containsExactly("localAuthority:too_long");
    }
}
