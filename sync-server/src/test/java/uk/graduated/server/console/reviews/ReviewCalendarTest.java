package uk.graduated.server.console.reviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import uk.graduated.model.validation.ValidationException;
import uk.graduated.server.console.HandMadeFixture;
import uk.graduated.server.console.HandMadeSchool;
import uk.graduated.server.console.pupil.PupilRef;

/** The reviews calendar over the hand-made school. */
class ReviewCalendarTest {
    private final HandMadeSchool.Loaded school = HandMadeFixture.school();
    private final ReviewCalendar calendar = new ReviewCalendar(HandMadeFixture.database().jdbi(), HandMadeSchool.clock());

    @Test
    void november_holdsTheOverdueReviews_todaysInvitationDeadline_andTheReviewHeld() {
        CalendarView view = calendar.month(school.sencoPrincipal(), YearMonth.of(2026, 11), false);

        assertThat(entries(view)).containsExactly(
                tuple(LocalDate.of(2026, 11, 9), ReviewKind.EHC_DUE, "Amara Quill", true),
                tuple(LocalDate.of(2026, 11, 12), ReviewKind.EHC_REVIEW_HELD, "Bilal Ostrow", false),
                tuple(LocalDate.of(2026, 11, 13), ReviewKind.PLAN_REVIEW, "Elif Tanager", true),
                tuple(LocalDate.of(2026, 11, 23), ReviewKind.EHC_INVITATIONS, "Cerys Penhallow", false));
    }

    @Test
    void theGrid_runsMondayToSunday_overWholeWeeks_markingToday() {
        CalendarView view = calendar.month(school.sencoPrincipal(), YearMonth.of(2026, 11), false);

        assertThat(view.weeks()).hasSize(6).allSatisfy(week -> {
            assertThat(week).hasSize(7);
            assertThat(week.get(0).date().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        });
        assertThat(view.weeks().get(0).get(6).date()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(view.weeks().get(0).get(0).inMonth()).isFalse();
        assertThat(view.weeks().stream().flatMap(List::stream).filter(CalendarView.Day::today))
                .extracting(CalendarView.Day::date).containsExactly(HandMadeSchool.TODAY);
        assertThat(view.previousHref()).isEqualTo("/console/reviews?month=2026-10");
        assertThat(view.nextHref()).isEqualTo("/console/reviews?month=2026-12");
    }

    @Test
    void october_andDecember_holdTheirOwnDates() {
        CalendarView october = calendar.month(school.sencoPrincipal(), YearMonth.of(2026, 10), true);
        CalendarView december = calendar.month(school.sencoPrincipal(), YearMonth.of(2026, 12), true);

        assertThat(entries(october)).containsExactly(
                tuple(LocalDate.of(2026, 10, 8), ReviewKind.EHC_REVIEW_HELD, "Dylan Marsh", false),
                tuple(LocalDate.of(2026, 10, 14), ReviewKind.PLAN_REVIEW_HELD, "Iona Brack", false),
                tuple(LocalDate.of(2026, 10, 26), ReviewKind.EHC_INVITATIONS, "Amara Quill", true));
        assertThat(entries(december)).containsExactly(
                tuple(LocalDate.of(2026, 12, 1), ReviewKind.PLAN_REVIEW, "Finn Alderley", false),
                tuple(LocalDate.of(2026, 12, 7), ReviewKind.EHC_MEETING, "Cerys Penhallow", false),
                tuple(LocalDate.of(2026, 12, 11), ReviewKind.PLAN_REVIEW, "Amara Quill", false));
        assertThat(december.nextHref()).isEqualTo("/console/reviews?month=2027-01&view=list");
    }

    @Test
    void aBusyDay_showsThreeEntriesInItsCell_andLeavesTheRestToTheList() {
        List<ReviewEntry> six = IntStream.range(0, 6)
                .mapToObj(i -> new ReviewEntry(HandMadeSchool.TODAY, ReviewKind.PLAN_REVIEW,
                        new PupilRef(UUID.randomUUID(), "Pupil " + i), false, null))
                .collect(Collectors.toList());
        CalendarView.Day busy = new CalendarView.Day(HandMadeSchool.TODAY, true, true, six);
        CalendarView.Day quiet = new CalendarView.Day(HandMadeSchool.TODAY, true, true, six.subList(0, 4));

        assertThat(busy.shown()).hasSize(3);
        assertThat(busy.moreCount()).isEqualTo(3);
        assertThat(busy.anchor()).isEqualTo("day-2026-11-23");
        assertThat(quiet.shown()).hasSize(4);
        assertThat(quiet.moreCount()).isZero();
    }

    @Test
    void aMonthThatIsNotOne_isRefusedNamingTheField() {
        assertThatThrownBy(() -> calendar.monthOf("2026-13")).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors().get(0).field()).isEqualTo("month"));
        assertThatThrownBy(() -> calendar.monthOf("1850-01")).isInstanceOf(ValidationException.class);
        assertThat(calendar.monthOf(null)).isEqualTo(YearMonth.of(2026, 11));
    }

    private static List<Tuple> entries(CalendarView view) {
        return view.daysWithEntries().stream().flatMap(d -> d.entries().stream())
                .map(e -> tuple(e.date(), e.kind(), e.pupil().name(), e.late()))
                .collect(Collectors.toList());
    }
}
