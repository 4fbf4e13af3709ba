package uk.graduated.model.intervention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.graduated.model.school.FieldErrorCodes;

class SchoolCalendarTest {
    private static final DateRange SPRING_TERM = DateRange.of(LocalDate.of(2028, 1, 10), LocalDate.of(2028, 3, 31));
    private static final DateRange FEBRUARY_HALF_TERM =
            DateRange.of(LocalDate.of(2028, 2, 14), LocalDate.of(2028, 2, 18));

    @Test
    void dateRange_endBeforeStart_isRejected() {
        assertThat(FieldErrorCodes.of(() -> DateRange.of(LocalDate.of(2028, 2, 18), LocalDate.of(2028, 2, 14))))
                .containsExactly("end:date_order");
    }

    @Test
    void dateRange_withoutEnds_reportsBoth() {
        assertThat(FieldErrorCodes.of(() -> DateRange.of(null, null))).containsExactly("start:required", "end:required");
    }

    @Test
    void dateRange_ofOneDay_containsOnlyThatDay() {
        LocalDate inset = LocalDate.of(2028, 1, 4);
        DateRange range = DateRange.of(inset, inset);

        assertThat(range.contains(inset)).isTrue();
        assertThat(range.contains(inset.plusDays(1))).isFalse();
        assertThat(range.contains(inset.minusDays(1))).isFalse();
    }

    @Test
    void alwaysOpen_isOpenOnAnyDay() {
        assertThat(SchoolCalendar.ALWAYS_OPEN.isOpen(LocalDate.of(2028, 12, 25))).isTrue();
    }

    @Test
    void closure_closesEachDayItCovers_bothEndsIncluded() {
        SchoolCalendar calendar = SchoolCalendar.withClosures(FEBRUARY_HALF_TERM);

        assertThat(calendar.isOpen(LocalDate.of(2028, 2, 11))).isTrue();
        assertThat(calendar.isOpen(LocalDate.of(2028, 2, 14))).isFalse();
        assertThat(calendar.isOpen(LocalDate.of(2028, 2, 18))).isFalse();
        assertThat(calendar.isOpen(LocalDate.of(2028, 2, 21))).isTrue();
    }

    @Test
    void terms_closeEveryDayOutsideThem_andClosuresStillApplyInside() {
        SchoolCalendar calendar = new SchoolCalendar(List.of(SPRING_TERM), List.of(FEBRUARY_HALF_TERM));

        assertThat(calendar.isOpen(LocalDate.of(2028, 1, 7))).isFalse();
        assertThat(calendar.isOpen(LocalDate.of(2028, 1, 10))).isTrue();
        assertThat(calendar.isOpen(LocalDate.of(2028, 2, 15))).isFalse();
        assertThat(calendar.isOpen(LocalDate.of(2028, 4, 3))).isFalse();
    }
}
