package uk.graduated.server.console.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.graduated.model.validation.ValidationException;

/** Small-number suppression and the report's terms. */
class BreakdownTest {
    @Test
    void oneSmallCount_hidesTheNextSmallestToo_soItCannotBeWorkedOutFromTheTotal() {
        Breakdown breakdown = Breakdown.of(List.of("A", "B", "C", "D"), List.of(10, 3, 7, 0));

        assertThat(breakdown.rows()).extracting(r -> r.count().display())
                .containsExactly("10", "fewer than 5", "not shown", "0");
        assertThat(breakdown.total()).isEqualTo(20);
        assertThat(breakdown.largestShown()).isEqualTo(10);
    }

    @Test
    void twoSmallCounts_needNothingMoreHidden_andZeroIsShown() {
        Breakdown breakdown = Breakdown.of(List.of("A", "B", "C"), List.of(1, 4, 0));

        assertThat(breakdown.rows()).extracting(r -> r.count().display()).containsExactly("fewer than 5", "fewer than 5", "0");
    }

    @Test
    void terms_areTheConventionalThirdsOfTheSchoolYear() {
        Term autumn = Term.containing(LocalDate.of(2026, 11, 23));

        assertThat(autumn.label()).isEqualTo("Autumn term 2026");
        assertThat(autumn.previous().start()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(autumn.previous().end()).isEqualTo(LocalDate.of(2026, 8, 31));
        assertThat(Term.containing(LocalDate.of(2027, 2, 1)).label()).isEqualTo("Spring term 2027");
        assertThat(Term.parse("2027-spring", autumn)).isEqualTo(Term.containing(LocalDate.of(2027, 1, 1)));
        assertThat(Term.parse(autumn.param(), null)).isEqualTo(autumn);
        assertThatThrownBy(() -> Term.parse("2026-winter", autumn)).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors().get(0).field()).isEqualTo("term"));
    }
}
