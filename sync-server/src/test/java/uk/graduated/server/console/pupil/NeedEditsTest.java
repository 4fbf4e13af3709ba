package uk.graduated.server.console.pupil;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import uk.graduated.model.sen.NeedType;
import uk.graduated.model.sen.RankedNeed;
import uk.graduated.server.auth.Principal;
import uk.graduated.server.console.ConsoleTestSchool;
import uk.graduated.server.console.DemoFixture;
import uk.graduated.server.console.MovableClock;

/** Need edits read the pupil's record and hand what passes to the writer, here a fake that records it. */
class NeedEditsTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private final Jdbi jdbi = DemoFixture.database().jdbi();
    private final ConsoleTestSchool.Loaded school = DemoFixture.school();
    private final LocalDate today = school.demo().referenceDate();
    private final Principal senco = new Principal(school.schoolId(), school.senco().member().id(), null,
            school.senco().member().roles());
    private final List<NeedWriter.Write> written = new ArrayList<>();
    private final List<String> refusals = new ArrayList<>();
    private final NeedEdits edits = new NeedEdits(jdbi,
            new MovableClock(today.atTime(12, 0).atZone(LONDON).toInstant(), LONDON), (who, writes) -> {
                written.addAll(writes);
                return refusals;
            });

    @Test
    void anAcceptedChange_isWrittenWithTheVersionItWasBasedOn() {
        RankedNeed primary = openPrimary();
        NeedType other = primary.type() == NeedType.MLD ? NeedType.SPLD : NeedType.MLD;

        NeedChanges.Outcome outcome = edits.change(senco, primary.pupilId(), primary.id(),
                new NeedForm(other.censusCode(), "1", null));

        assertThat(outcome.accepted()).isTrue();
        assertThat(written).singleElement().satisfies(w -> {
            assertThat(w.need().type()).isEqualTo(other);
            assertThat(w.baseVersion()).isPositive();
        });
    }

    @Test
    void aNewNeed_isWrittenWithNoBaseVersion() {
        RankedNeed primary = school.demo().needs().stream()
                .filter(n -> n.rank() == 1 && n.appliesOn(today))
                .filter(n -> school.demo().needs().stream().noneMatch(o -> o.pupilId().equals(n.pupilId())
                        && o.rank() == 2 && o.appliesOn(today)))
                .findFirst().orElseThrow();
        NeedType other = primary.type() == NeedType.HI ? NeedType.VI : NeedType.HI;

        NeedChanges.Outcome outcome = edits.add(senco, primary.pupilId(), new NeedForm(other.censusCode(), "2",
                today.toString()));

        assertThat(outcome.accepted()).isTrue();
        assertThat(written).singleElement().satisfies(w -> {
            assertThat(w.need().type()).isEqualTo(other);
            assertThat(w.baseVersion()).isNull();
        });
    }

    @Test
    void anUnreadableForm_isRefusedFieldByField_beforeAnythingIsRead() {
        RankedNeed primary = openPrimary();

        NeedChanges.Outcome outcome = edits.add(senco, primary.pupilId(),
                new NeedForm("XYZ", "3", today.plusDays(1).toString()));

        assertThat(outcome.fieldErrors()).containsOnlyKeys("type", "rank", "startDate");
        assertThat(outcome.fieldErrors().get("startDate")).isEqualTo("The start date cannot be in the future.");
        assertThat(written).isEmpty();
    }

    @Test
    void aRefusalFromTheWritePath_isShownOnTheForm() {
        RankedNeed primary = openPrimary();
        NeedType other = primary.type() == NeedType.MLD ? NeedType.SPLD : NeedType.MLD;
        refusals.add("This need was deleted on the server, so the change cannot be applied.");

        NeedChanges.Outcome outcome = edits.change(senco, primary.pupilId(), primary.id(),
                new NeedForm(other.censusCode(), "1", null));

        assertThat(outcome.accepted()).isFalse();
        assertThat(outcome.formErrors()).containsExactly("This need was deleted on the server, so the change cannot be applied.");
    }

    private RankedNeed openPrimary() {
        return school.demo().needs().stream().filter(n -> n.rank() == 1 && n.appliesOn(today)).findFirst().orElseThrow();
    }
}
