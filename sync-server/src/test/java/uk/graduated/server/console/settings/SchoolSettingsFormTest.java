package uk.graduated.server.console.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.graduated.server.school.SchoolDates;

class SchoolSettingsFormTest {
    private static SchoolSettingsForm form(String urn, String phase, List<DateRow> terms, List<DateRow> closures) {
        return new SchoolSettingsForm("Larkspur Vale Primary School", urn, phase, terms, closures);
    }

    @Test
    void blankRows_areIgnored_andFilledRowsBecomeTheSchoolsDates() {
        SchoolSettingsForm form = form("123456", "primary",
                List.of(DateRow.BLANK, new DateRow("Autumn term", "2026-09-03", "2026-12-18")),
                List.of(new DateRow("Half-term", "2026-10-26", "2026-10-30"), DateRow.BLANK));

        assertThat(form.errors()).isEmpty();
        SchoolDates dates = form.dates();
        assertThat(dates.terms()).containsExactly(
                new SchoolDates.Entry("Autumn term", LocalDate.of(2026, 9, 3), LocalDate.of(2026, 12, 18)));
        assertThat(dates.calendar().isOpen(LocalDate.of(2026, 10, 27))).isFalse();
        assertThat(dates.calendar().isOpen(LocalDate.of(2026, 11, 3))).isTrue();
        assertThat(dates.calendar().isOpen(LocalDate.of(2026, 12, 21))).isFalse();
    }

    @Test
    void rowWithALastDayBeforeItsFirst_isRefusedOnThatField() {
        SchoolSettingsForm form = form(null, "primary", List.of(new DateRow("Autumn term", "2026-12-18", "2026-09-03")), List.of());

        assertThat(form.errors()).containsOnlyKeys("term-0-end");
        assertThat(form.errors().get("term-0-end")).isEqualTo("The last day of row 1 is before its first day.");
    }

    @Test
    void rowWithDatesButNoName_orANameButNoDates_isRefused() {
        SchoolSettingsForm form = form(null, "primary", List.of(new DateRow(null, "2026-09-03", "2026-12-18")),
                List.of(new DateRow("INSET day", null, "not a date")));

        assertThat(form.errors()).containsOnlyKeys("term-0-label", "closure-0-start", "closure-0-end");
    }

    @Test
    void overlappingTerms_areRefused() {
        SchoolSettingsForm form = form(null, "primary", List.of(new DateRow("Autumn term", "2026-09-03", "2026-12-18"),
                new DateRow("Spring term", "2026-12-01", "2027-03-26")), List.of());

        assertThat(form.errors()).containsEntry("term-1-start", "Terms 1 and 2 overlap.");
    }

    @Test
    void urnThatIsNotSixDigits_andAMissingPhase_areRefused() {
        SchoolSettingsForm form = form("12345A", null, List.of(), List.of());

        assertThat(form.errors()).containsOnlyKeys("urn", "phase");
    }

    @Test
    void textWithANulOrBytesThatWereNotUtf8_isRefused_ratherThanReachingTheDatabase() {
        SchoolSettingsForm form = new SchoolSettingsForm("St Bede\u0000s", null, "primary",
                List.of(new DateRow("Autumn \uFFFD term", "2026-09-03", "2026-12-18")), List.of());

        assertThat(form.errors()).containsOnlyKeys("name", "term-0-label");
    }
}
