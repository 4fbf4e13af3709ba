package uk.graduated.server.console.pupil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.ZoneId;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import uk.graduated.model.ehc.EhcPlan;
import uk.graduated.model.sync.ErrorCode;
import uk.graduated.server.auth.ApiException;
import uk.graduated.server.auth.Principal;
import uk.graduated.server.console.ConsoleTestSchool;
import uk.graduated.server.console.DemoFixture;
import uk.graduated.server.console.MovableClock;

/** A pupil's page gathered from the demo school. */
class PupilServiceTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private final Jdbi jdbi = DemoFixture.database().jdbi();
    private final ConsoleTestSchool.Loaded school = DemoFixture.school();
    private final Principal senco = new Principal(school.schoolId(), school.senco().member().id(), null,
            school.senco().member().roles());
    private final PupilService pupils = new PupilService(jdbi,
            new MovableClock(school.demo().referenceDate().atTime(12, 0).atZone(LONDON).toInstant(), LONDON));

    @Test
    void aPupilWithAnEhcPlan_hasItsReviewDates_needsAndProvision() {
        EhcPlan plan = school.demo().ehcPlans().get(0);

        PupilView view = pupils.load(senco, plan.pupilId());

        assertThat(view.ehc().plan()).isEqualTo(plan);
        assertThat(view.ehc().reviewDueDate()).isAfter(plan.lastReviewOrIssue());
        assertThat(view.currentProvision().censusCode()).isEqualTo("E");
        assertThat(view.openNeeds()).isNotEmpty().first().extracting(PupilRecords.Need::rank).isEqualTo(1);
        assertThat(view.provisions()).isNotEmpty();
    }

    @Test
    void aRatedTarget_getsAChartOfItsRatings_inDateOrder() {
        UUID ratedPupil = school.demo().sessions().stream().flatMap(s -> s.ratings().stream())
                .findFirst().orElseThrow().pupilId();

        PupilView view = pupils.load(senco, ratedPupil);

        TargetChart rated = view.charts().stream().filter(c -> c.chart() != null).findFirst().orElseThrow();
        assertThat(rated.ratings()).isNotEmpty();
        assertThat(rated.ratings()).extracting(RatingPoint::date).isSorted();
        assertThat(rated.chart().points()).hasSameSizeAs(rated.ratings());
        assertThat(view.cycles()).isNotEmpty();
        assertThat(view.groups()).isNotEmpty();
    }

    @Test
    void aPupilOfAnotherSchool_isNotFound() {
        Principal elsewhere = new Principal(UUID.randomUUID(), senco.staffId(), null, senco.roles());
        UUID pupil = school.demo().pupils().get(0).id();

        ApiException refusal = catchThrowableOfType(ApiException.class, () -> pupils.load(elsewhere, pupil));

        assertThat(refusal.code()).isEqualTo(ErrorCode.NOT_FOUND);
    }
}
