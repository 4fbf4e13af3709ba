package uk.graduated.server.console.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import uk.graduated.model.ehc.AnnualReviewStatus;
import uk.graduated.model.plan.ReviewDue;
import uk.graduated.server.auth.Principal;
import uk.graduated.server.console.ConsoleTestSchool;
import uk.graduated.server.console.DemoFixture;
import uk.graduated.server.console.MovableClock;
import uk.graduated.server.console.reviews.EhcReviewDue;
import uk.graduated.server.console.reviews.PlanReviewDue;
import uk.graduated.server.device.DeviceAdmin;
import uk.graduated.server.school.SchoolDates;
import uk.graduated.server.school.SchoolDatesDao;

/** The home page's lists over the demo school. */
class AttentionServiceTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private final Jdbi jdbi = DemoFixture.database().jdbi();
    private final ConsoleTestSchool.Loaded school = DemoFixture.school();
    private final Principal senco = new Principal(school.schoolId(), school.senco().member().id(), null,
            school.senco().member().roles());

    @Test
    void concerns_areTheFlaggedSessions_latestFirst_withThePupilsInThem() {
        HomeView view = load(school.demo().referenceDate());

        long flagged = school.demo().sessions().stream().filter(s -> s.concernFlagged()).count();
        assertThat(view.concerns()).hasSize((int) Math.min(flagged, AttentionService.CONCERNS_SHOWN));
        assertThat(view.concerns()).isSortedAccordingTo(Comparator.comparing(Attention.Concern::date).reversed());
        assertThat(view.concerns()).allSatisfy(c -> {
            assertThat(c.text()).isNotBlank();
            assertThat(c.pupils()).isNotEmpty();
        });
    }

    @Test
    void reviews_listOnlyThoseDueSoonOrOverdue_soonestFirst() {
        HomeView view = load(school.demo().referenceDate());

        assertThat(view.planReviews()).isNotEmpty()
                .allMatch(r -> r.status() == ReviewDue.DUE_SOON || r.status() == ReviewDue.OVERDUE)
                .isSortedAccordingTo(Comparator.comparing(PlanReviewDue::reviewDate));
        assertThat(view.ehcReviews()).allMatch(r -> r.status() != AnnualReviewStatus.OK)
                .isSortedAccordingTo(Comparator.comparing(EhcReviewDue::dueDate));
    }

    @Test
    void aWeekWithNoLogsYet_showsEveryRunningGroupBehind_fromMondayToYesterday() {
        LocalDate wednesday = school.demo().referenceDate().plusWeeks(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.WEDNESDAY));

        HomeView view = load(wednesday);

        assertThat(view.missedSessions()).isNotEmpty().allSatisfy(m -> {
            assertThat(m.delivered()).isZero();
            assertThat(m.planned()).isPositive();
            assertThat(m.days()).allMatch(d -> d.isBefore(wednesday) && !d.isBefore(wednesday.minusDays(2)));
        });
    }

    @Test
    void daysTheSchoolIsClosed_areNotCountedAsMissedSessions() {
        LocalDate wednesday = school.demo().referenceDate().plusWeeks(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.WEDNESDAY));
        SchoolDates entered = jdbi.withHandle(h -> new SchoolDatesDao(h).load(school.schoolId()));
        List<SchoolDates.Entry> closures = new ArrayList<>(entered.closures());
        closures.add(new SchoolDates.Entry("INSET days", wednesday.minusDays(2), wednesday.minusDays(1)));
        jdbi.useHandle(h -> new SchoolDatesDao(h).replace(school.schoolId(), new SchoolDates(entered.terms(), closures)));
        try {
            HomeView view = load(wednesday);

            assertThat(view.missedSessions()).isEmpty();
        } finally {
            jdbi.useHandle(h -> new SchoolDatesDao(h).replace(school.schoolId(), entered));
        }
    }

    @Test
    void onAMonday_noSessionIsCountedMissedYet() {
        LocalDate monday = school.demo().referenceDate().plusWeeks(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));

        HomeView view = load(monday);

        assertThat(view.weekHasPastDays()).isFalse();
        assertThat(view.missedSessions()).isEmpty();
    }

    @Test
    void syncIssues_showTheRefusedSessionLogAndTheConflictingTargetEdit() {
        HomeView view = load(school.demo().referenceDate());

        assertThat(view.syncIssues()).anySatisfy(i -> {
            assertThat(i.outcome()).isEqualTo("Rejected");
            assertThat(i.record()).isEqualTo("session log");
            assertThat(i.detail()).isEqualTo("You can log sessions only for the groups you run.");
            assertThat(i.device()).isEqualTo("KS2 tablet");
        });
        assertThat(view.syncIssues()).anySatisfy(i -> {
            assertThat(i.outcome()).isEqualTo("Merged");
            assertThat(i.record()).isEqualTo("target");
            assertThat(i.detail()).contains("baseline");
            assertThat(i.pupil()).isNotNull();
        });
    }

    @Test
    void aTabletQuietForFiveDays_isListed_andTheOthersAreNot() {
        HomeView view = load(school.demo().referenceDate());

        assertThat(view.quietDevices()).singleElement().satisfies(d -> {
            assertThat(d.name()).isEqualTo(school.demo().devices().get(3).name());
            assertThat(d.days()).isEqualTo(5);
        });
    }

    private HomeView load(LocalDate today) {
        MovableClock clock = new MovableClock(today.atTime(12, 0).atZone(LONDON).toInstant(), LONDON);
        return new AttentionService(jdbi, clock, new DeviceAdmin(jdbi, clock)).load(senco);
    }
}
