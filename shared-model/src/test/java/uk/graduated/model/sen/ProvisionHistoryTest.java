package uk.graduated.model.sen;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.graduated.model.sen.SenExamples.entry;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.graduated.model.school.FieldErrorCodes;

class ProvisionHistoryTest {
    private static final LocalDate SEP_2024 = LocalDate.of(2024, 9, 4);
    private static final LocalDate JAN_2025 = LocalDate.of(2025, 1, 6);
    private static final LocalDate APR_2025 = LocalDate.of(2025, 4, 22);

    private static List<String> problems(ProvisionEntry... entries) {
        return FieldErrorCodes.of(ProvisionHistory.problems(Arrays.asList(entries)));
    }

    @Test
    void history_isSortedByStartDate_whateverOrderItWasGiven() {
        ProvisionEntry first = entry(1, SenProvision.K, SEP_2024, JAN_2025);
        ProvisionEntry second = entry(2, SenProvision.E, JAN_2025, null);

        ProvisionHistory history = new ProvisionHistory(List.of(second, first));

        assertThat(history.entries()).containsExactly(first, second);
    }

    @Test
    void entries_meetingEndToStart_doNotOverlap() {
        assertThat(problems(entry(1, SenProvision.K, SEP_2024, JAN_2025), entry(2, SenProvision.E, JAN_2025, null)))
                .isEmpty();
    }

    @Test
    void closedEntries_overlappingByOneDay_areRejected() {
        assertThat(problems(entry(1, SenProvision.K, SEP_2024, JAN_2025.plusDays(1)),
                entry(2, SenProvision.E, JAN_2025, APR_2025)))
                .containsExactly("entries[1].startDate:overlap");
    }

    @Test
    void openEntry_followedByALaterEntry_overlapsIt() {
        assertThat(problems(entry(1, SenProvision.K, SEP_2024, null), entry(2, SenProvision.N, JAN_2025, APR_2025)))
                .containsExactly("entries[1].startDate:overlap");
    }

    @Test
    void twoOpenEntries_areRejected_onTheLaterOne() {
        assertThat(problems(entry(1, SenProvision.E, JAN_2025, null), entry(2, SenProvision.K, SEP_2024, null)))
                .containsExactly("entries[0].startDate:overlap", "entries[0].endDate:more_than_one_open");
    }

    @Test
    void entryInsideALongEarlierOne_isCaughtEvenPastAShortOne() {
        assertThat(problems(entry(1, SenProvision.K, SEP_2024, APR_2025),
                entry(2, SenProvision.E, SEP_2024.plusDays(1), SEP_2024.plusDays(2)),
                entry(3, SenProvision.N, JAN_2025, null)))
                .containsExactly("entries[1].startDate:overlap", "entries[2].startDate:overlap");
    }

    @Test
    void entriesStartingTheSameDay_overlap() {
        assertThat(problems(entry(1, SenProvision.K, SEP_2024, JAN_2025), entry(2, SenProvision.E, SEP_2024, JAN_2025)))
                .containsExactly("entries[1].startDate:overlap");
    }

    @Test
    void entriesOfTwoPupils_areRejected() {
        ProvisionEntry other = new ProvisionEntry(SenExamples.id(9), UUID.fromString("7e610000-0000-4000-8000-0000000000ff"),
                SenProvision.E, JAN_2025, null);

        assertThat(problems(entry(1, SenProvision.K, SEP_2024, JAN_2025), other))
                .containsExactly("entries[1].pupilId:mismatch");
    }

    @Test
    void nullEntry_isNamed() {
        assertThat(problems(entry(1, SenProvision.K, SEP_2024, null), null)).containsExactly("entries[1]:required");
        assertThat(FieldErrorCodes.of(ProvisionHistory.problems(null))).containsExactly("entries:required");
    }

    @Test
    void invalidHistory_cannotBeBuilt() {
        assertThat(FieldErrorCodes.of(() -> new ProvisionHistory(List.of(
                entry(1, SenProvision.K, SEP_2024, null), entry(2, SenProvision.E, JAN_2025, null)))))
                .contains("entries[1].endDate:more_than_one_open");
    }

    @Test
    void provisionOn_aDate_isTheEntryCoveringIt_orNoSen() {
        ProvisionHistory history = SenExamples.idrisHistory();

        assertThat(history.provisionOn(LocalDate.of(2021, 1, 10))).isEqualTo(SenProvision.N);
        assertThat(history.provisionOn(LocalDate.of(2021, 1, 11))).isEqualTo(SenProvision.K);
        assertThat(history.provisionOn(LocalDate.of(2024, 2, 28))).isEqualTo(SenProvision.K);
        assertThat(history.provisionOn(SenExamples.IDRIS_E_FROM)).isEqualTo(SenProvision.E);
        assertThat(history.openEntry()).map(ProvisionEntry::provision).contains(SenProvision.E);
    }

    @Test
    void closedHistory_hasNoOpenEntry_andGapsCountAsNoSen() {
        ProvisionHistory history = new ProvisionHistory(List.of(
                entry(1, SenProvision.K, SEP_2024, JAN_2025), entry(2, SenProvision.K, APR_2025, APR_2025.plusMonths(2))));

        assertThat(history.openEntry()).isEmpty();
        assertThat(history.provisionOn(JAN_2025.plusDays(5))).isEqualTo(SenProvision.N);
        assertThat(ProvisionHistory.EMPTY.provisionOn(JAN_2025)).isEqualTo(SenProvision.N);
    }
}
