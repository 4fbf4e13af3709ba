package uk.graduated.server.console.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.graduated.model.sen.NeedType;
import uk.graduated.model.sen.SenProvision;
import uk.graduated.server.console.HandMadeFixture;
import uk.graduated.server.console.HandMadeSchool;

/** The governors' summary and census counts of the hand-made school, worked out by hand (see HandMadeSchool). */
class ReportsServiceTest {
    private final HandMadeSchool.Loaded school = HandMadeFixture.school();
    private final ReportsService reports = new ReportsService(HandMadeFixture.database().jdbi(), HandMadeSchool.clock());
    private final GovernorsReport autumn = reports.governors(school.sencoPrincipal(), reports.currentTerm());

    @Test
    void theRoll_isCountedByProvision_today_andAtTheEndOfLastTerm_withSmallCountsSuppressed() {
        assertThat(autumn.asOf()).isEqualTo(HandMadeSchool.TODAY);
        assertThat(autumn.roll().onRoll()).isEqualTo(13);
        assertThat(autumn.roll().byProvision().rows()).extracting(r -> r.label(), r -> r.count().value(), r -> r.count().display())
                .containsExactly(tuple("E: EHC plan", 4, "fewer than 5"),
                        tuple("K: SEN support", 6, "6"),
                        tuple("N: No SEN", 3, "fewer than 5"));
        assertThat(autumn.roll().senPupils().display()).as("K is shown, so E would be this minus K").isEqualTo("not shown");
        assertThat(autumn.roll().senShare()).isEqualTo("not shown");

        assertThat(autumn.previousTerm().label()).isEqualTo("Summer term 2026");
        assertThat(autumn.previousRoll().on()).isEqualTo(LocalDate.of(2026, 8, 31));
        assertThat(autumn.previousRoll().onRoll()).isEqualTo(14);
        assertThat(autumn.previousRoll().byProvision().count("K: SEN support").value()).isEqualTo(6);
        assertThat(autumn.previousRoll().byProvision().count("N: No SEN").value()).isEqualTo(4);
    }

    @Test
    void broadAreasAndPrimaryNeeds_countPupilsWithSen_showingOnlyFiveOrMore() {
        Breakdown areas = autumn.roll().byArea();

        assertThat(areas.count("Communication and interaction").display()).isEqualTo("5");
        assertThat(areas.count("Cognition and learning").display()).isEqualTo("fewer than 5");
        assertThat(areas.count("Social, emotional and mental health").value()).isEqualTo(2);
        assertThat(areas.count("Sensory and/or physical").value()).isEqualTo(1);
        assertThat(areas.count(RollFigures.NO_AREA).value()).isEqualTo(1);
        assertThat(areas.total()).isEqualTo(10);
        Breakdown needs = autumn.roll().byPrimaryNeed();
        assertThat(needs.count("SLCN: Speech, language and communication needs").value()).isEqualTo(4);
        assertThat(needs.count("SLCN: Speech, language and communication needs").display()).isEqualTo("fewer than 5");
        assertThat(needs.count("MLD: Moderate learning difficulty").display()).isEqualTo("0");
    }

    @Test
    void interventions_deliveredThisTerm_withHoursAndCost_andAttendanceAndProgressSuppressedForFourPupils() {
        DeliveryFigures delivery = autumn.delivery();

        assertThat(delivery.interventions()).isEqualTo(2);
        assertThat(delivery.sessions()).isEqualTo(8);
        assertThat(delivery.minutesDelivered()).isEqualTo(285);
        // staff 150 min at GBP 18.00 + 135 min at GBP 20.00 = GBP 90.00; resources GBP 120.00 + GBP 45.00
        assertThat(delivery.costPence()).isEqualTo(25500);
        assertThat(delivery.registerEntries()).isEqualTo(21);
        assertThat(delivery.present()).isEqualTo(19);
        assertThat(delivery.attendingPupils()).isEqualTo(4);
        assertThat(delivery.attendance()).isEqualTo("fewer than 5 pupils");
        assertThat(delivery.targetsMeasured()).isEqualTo(2);
        assertThat(delivery.averageProgress()).isEqualByComparingTo(new BigDecimal("2.0"));
        assertThat(delivery.averageProgressText()).isEqualTo("fewer than 5 pupils");
        assertThat(autumn.previousDelivery().sessions()).isZero();
    }

    @Test
    void ehcReviewsHeldThisTerm_areJudgedAgainstTheDueDateBeforeThem() {
        assertThat(autumn.ehcReviews().held()).isEqualTo(2);
        assertThat(autumn.ehcReviews().onTime()).as("Bilal on 12 Nov (due 19 Nov); Dylan on 8 Oct (due 30 Sep)").isEqualTo(1);
        assertThat(autumn.ehcReviews().onTimeShare()).isEqualTo("fewer than 5 reviews");
        assertThat(autumn.previousEhcReviews().held()).isZero();
        assertThat(autumn.overdueNow().value()).isEqualTo(1);
        assertThat(autumn.overdueNow().display()).isEqualTo("fewer than 5");
    }

    @Test
    void censusCounts_byProvisionAndNeedTypeAtEachRank() {
        CensusCounts census = reports.census(school.sencoPrincipal(), HandMadeSchool.TODAY);

        assertThat(census.onRoll()).isEqualTo(13);
        assertThat(census.count(SenProvision.E)).isEqualTo(4);
        assertThat(census.count(SenProvision.K)).isEqualTo(6);
        assertThat(census.count(SenProvision.N)).isEqualTo(3);
        assertThat(census.line(NeedType.SLCN)).isEqualTo(new CensusCounts.Line(NeedType.SLCN, 1, 0, 3, 0));
        assertThat(census.line(NeedType.SEMH)).isEqualTo(new CensusCounts.Line(NeedType.SEMH, 1, 1, 1, 0));
        assertThat(census.line(NeedType.SPLD)).isEqualTo(new CensusCounts.Line(NeedType.SPLD, 0, 0, 1, 1));
        assertThat(census.line(NeedType.ASD).primaryE()).isEqualTo(1);
        assertThat(census.line(NeedType.PD).primaryE()).isEqualTo(1);
        assertThat(census.line(NeedType.NSA).primaryK()).isEqualTo(1);
        assertThat(census.line(NeedType.MLD).total()).isZero();
        assertThat(census.missingPrimaryTotal()).isZero();
    }

    @Test
    void censusOnTheLastDayOfTheSummerTerm_countsOwenBeforeHeLeft() {
        CensusCounts census = reports.census(school.sencoPrincipal(), LocalDate.of(2026, 8, 31));

        assertThat(census.onRoll()).isEqualTo(14);
        assertThat(census.line(NeedType.MLD).primaryK()).isEqualTo(1);
        assertThat(census.line(NeedType.NSA).primaryK()).isZero();
    }
}
