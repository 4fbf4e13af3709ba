package uk.graduated.server.console.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import uk.graduated.model.sen.BroadArea;
import uk.graduated.server.console.provision.SmallSchool;

/** Impact of {@link SmallSchool}'s two interventions, whose figures are known. */
class ImpactServiceTest {
    private final SmallSchool school = SmallSchool.shared();
    private final ImpactService impact = new ImpactService(SmallSchool.sharedJdbi(), SmallSchool.clock());

    @Test
    void readingBoost_isKept_withItsProgressAttendanceAndCost() {
        ImpactView view = impact.load(school.senco(), "term");

        ImpactView.Line reading = line(view, "Reading boost");
        ImpactFigures f = reading.figures();
        assertThat(f.pupils()).isEqualTo(3);
        assertThat(f.delivered()).isEqualTo(12);
        assertThat(f.planned()).isEqualTo(12);
        assertThat(f.plannedPupilSessions()).isEqualTo(36);
        assertThat(f.attendedPupilSessions()).isEqualTo(35);
        assertThat(f.attendance()).isEqualTo("97%");
        assertThat(f.costPerPupilPence()).isEqualTo(5_000);
        assertThat(f.meanRatingChange()).isEqualByComparingTo("2.00");
        assertThat(f.minutesPerPupil()).isEqualTo(350);
        assertThat(f.perHour()).isEqualByComparingTo("0.34");
        assertThat(f.perHundredPounds()).isEqualByComparingTo("4.00");
        assertThat(f.scored()).isEqualTo(2);
        assertThat(f.meanScoreProgress()).isEqualByComparingTo("4.50");
        assertThat(reading.recommendation().kind()).isEqualTo(Recommendation.Kind.KEEP);
    }

    @Test
    void socialSkills_belowTheMedianPerPoundWithPoorAttendance_isToBeChanged() {
        ImpactView view = impact.load(school.senco(), "term");

        ImpactView.Line social = line(view, "Social skills");
        ImpactFigures f = social.figures();
        assertThat(f.delivered()).isEqualTo(7);
        assertThat(f.planned()).isEqualTo(8);
        assertThat(f.attendedPupilSessions()).isEqualTo(17);
        assertThat(f.plannedPupilSessions()).isEqualTo(24);
        assertThat(f.attendanceBelow(80)).isTrue();
        assertThat(f.costPerPupilPence()).isEqualTo(9_667);
        assertThat(f.meanRatingChange()).isEqualByComparingTo("1.00");
        assertThat(f.perHour()).isEqualByComparingTo("0.18");
        assertThat(f.perHundredPounds()).isEqualByComparingTo("1.03");
        assertThat(f.meanScoreProgress()).isEqualByComparingTo("5");
        assertThat(view.median()).isEqualByComparingTo("2.515");
        assertThat(social.recommendation().kind()).isEqualTo(Recommendation.Kind.CHANGE);
        assertThat(social.recommendation().reason()).contains("+1.03").contains("+2.52").contains("71%");
    }

    @Test
    void areas_addTheirInterventionsTogether() {
        ImpactView view = impact.load(school.senco(), "year");

        assertThat(view.areas()).extracting(ImpactFigures::label)
                .containsExactly(BroadArea.COGNITION_AND_LEARNING.label(), BroadArea.SEMH.label());
        ImpactFigures semh = view.areas().get(1);
        assertThat(semh.pupils()).isEqualTo(3);
        assertThat(semh.costPence()).isEqualTo(29_000);
        assertThat(semh.scored()).isZero();
    }

    @Test
    void chart_hasABarPerIntervention_highestFirst_andTheMedian() {
        BarChart chart = impact.load(school.senco(), "term").chart();

        assertThat(chart.bars()).extracting(BarChart.Bar::label).containsExactly("Reading boost", "Social skills");
        assertThat(chart.bars().get(0).width()).isGreaterThan(chart.bars().get(1).width());
        assertThat(chart.medianX()).isNotNull();
        assertThat(chart.summary()).contains("highest Reading boost (+4.00)").contains("median +2.52");
    }

    @Test
    void tooFewPupilsOrSessions_isNotEnoughData() {
        ImpactFigures few = new ImpactFigures("Tiny group", "", 2, 2, 2, new BigDecimal("1.50"), 10, 10, 20, 20, 300,
                10_000, 5_000L, new BigDecimal("0.30"), new BigDecimal("3.00"), 0, null);

        Recommendation r = ImpactRules.recommend(few, new BigDecimal("2.00"));

        assertThat(r.kind()).isEqualTo(Recommendation.Kind.NOT_ENOUGH_DATA);
        assertThat(r.reason()).contains("2 pupils have targets rated").contains("at least 3 pupils and 6 sessions");
    }

    @Test
    void noImprovementInRatings_isToBeStopped() {
        ImpactFigures flat = new ImpactFigures("Flat group", "", 4, 4, 4, new BigDecimal("0.00"), 10, 10, 40, 38, 300,
                10_000, 2_500L, new BigDecimal("0.00"), new BigDecimal("0.00"), 0, null);

        assertThat(ImpactRules.recommend(flat, new BigDecimal("2.00")).kind()).isEqualTo(Recommendation.Kind.STOP);
    }

    private static ImpactView.Line line(ImpactView view, String name) {
        return view.lines().stream().filter(l -> l.intervention().name().equals(name)).findFirst().orElseThrow();
    }
}
