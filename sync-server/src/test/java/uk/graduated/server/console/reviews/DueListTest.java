package uk.graduated.server.console.reviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.graduated.model.validation.ValidationException;
import uk.graduated.server.console.HandMadeFixture;
import uk.graduated.server.console.HandMadeSchool;

/** The due list over the hand-made school on Monday 23 November 2026. */
class DueListTest {
    private final HandMadeSchool.Loaded school = HandMadeFixture.school();
    private final DueList dueList = new DueList(HandMadeFixture.database().jdbi(), HandMadeSchool.clock());

    @Test
    void overdueReviewsComeFirst_longestOverdueFirst_withTheirInvitationDates() {
        DueListView view = dueList.load(school.sencoPrincipal(), 6);

        assertThat(view.overdue()).extracting(i -> i.pupil().name(), DueItem::ehc, DueItem::dueBy, DueItem::invitationsBy,
                DueItem::invitationLate).containsExactly(
                tuple("Amara Quill", true, LocalDate.of(2026, 11, 9), LocalDate.of(2026, 10, 26), true),
                tuple("Elif Tanager", false, LocalDate.of(2026, 11, 13), LocalDate.of(2026, 10, 30), false));
        assertThat(view.overdue()).allMatch(DueItem::overdue);
    }

    @Test
    void sixWeeks_listsWhatFallsDueBy4January_soonestFirst() {
        DueListView view = dueList.load(school.sencoPrincipal(), 6);

        assertThat(view.until()).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(view.upcoming()).extracting(i -> i.pupil().name(), DueItem::reviewDate, DueItem::invitationsBy)
                .containsExactly(
                        tuple("Finn Alderley", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 11, 17)),
                        tuple("Cerys Penhallow", LocalDate.of(2026, 12, 7), LocalDate.of(2026, 11, 23)),
                        tuple("Amara Quill", LocalDate.of(2026, 12, 11), LocalDate.of(2026, 11, 27)));
        DueItem cerys = view.upcoming().get(1);
        assertThat(cerys.ehc()).isTrue();
        assertThat(cerys.dueBy()).isEqualTo(LocalDate.of(2026, 12, 14));
        assertThat(cerys.invitationLate()).as("today is the last day, not after it").isFalse();
    }

    @Test
    void twoWeeks_keepsAnEhcMeetingInTheWindow_evenThoughItsDueDateIsLater() {
        DueListView view = dueList.load(school.sencoPrincipal(), 2);

        assertThat(view.upcoming()).extracting(i -> i.pupil().name()).containsExactly("Finn Alderley", "Cerys Penhallow");
    }

    @Test
    void twelveWeeks_reachesGretasReviewIn2027_andNotTheReviewedPlans() {
        DueListView view = dueList.load(school.sencoPrincipal(), 12);

        assertThat(view.upcoming()).extracting(i -> i.pupil().name()).containsExactly("Finn Alderley", "Cerys Penhallow",
                "Amara Quill", "Greta Vosper");
    }

    @Test
    void aWindowNotOffered_isRefusedNamingTheField() {
        assertThatThrownBy(() -> DueList.weeksOf("5")).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors().get(0).field()).isEqualTo("weeks"));
        assertThatThrownBy(() -> DueList.weeksOf("six")).isInstanceOf(ValidationException.class);
        assertThat(DueList.weeksOf(null)).isEqualTo(6);
    }
}
