package uk.graduated.model.sen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.graduated.model.pupil.RegisterExamples;
import uk.graduated.model.school.FieldErrorCodes;

class RankedNeedTest {
    private static final LocalDate START = SenExamples.POPPY_K_FROM;

    @ParameterizedTest
    @ValueSource(ints = {0, 3, -1})
    void rank_otherThanOneOrTwo_isRejected(int rank) {
        assertThat(FieldErrorCodes.of(() -> SenExamples.need(1, NeedType.MLD, rank))).containsExactly("rank:out_of_range");
    }

    @Test
    void need_withEverythingMissing_namesEachField() {
        assertThat(FieldErrorCodes.of(() -> new RankedNeed(null, null, null, 1, null, null)))
                .containsExactly("id:required", "pupilId:required", "type:required", "startDate:required");
    }

    @Test
    void need_endingBeforeItStarts_isRejected() {
        assertThat(FieldErrorCodes.of(() -> new RankedNeed(SenExamples.id(1), RegisterExamples.POPPY_ID, NeedType.HI,
                1, START, START.minusDays(1)))).containsExactly("endDate:date_order");
    }

    @Test
    void need_appliesUpToTheDayBeforeItsEnd() {
        RankedNeed need = new RankedNeed(SenExamples.id(1), RegisterExamples.POPPY_ID, NeedType.HI, 1, START,
                START.plusMonths(1));

        assertThat(need.isOpen()).isFalse();
        assertThat(need.appliesOn(START)).isTrue();
        assertThat(need.appliesOn(START.plusMonths(1))).isFalse();
        assertThat(SenExamples.poppyPrimaryNeed().isOpen()).isTrue();
    }
}
