package uk.graduated.server.console.pupil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.graduated.model.session.Rating;

class RatingChartTest {
    private static final UUID TARGET = UUID.fromString("3c3e0a57-5b0e-4d8e-a1a5-2e8f1f0c6b11");
    private static final LocalDate MONDAY = LocalDate.of(2026, 9, 14);

    @Test
    void noRatings_noChart() {
        assertThat(RatingChart.of(List.of())).isNull();
    }

    @Test
    void firstAndLastSessions_sitAtThePlotEdges_andTimeSetsTheGaps() {
        RatingChart chart = RatingChart.of(List.of(point(0, Rating.NOT_YET), point(1, Rating.WITH_LOTS_OF_HELP),
                point(10, Rating.INDEPENDENTLY)));

        List<RatingChart.Point> points = chart.points();
        assertThat(points.get(0).x()).isEqualTo(chart.plotLeft());
        assertThat(points.get(2).x()).isEqualTo(chart.plotRight());
        double day = (chart.plotRight() - chart.plotLeft()) / 10;
        assertThat(points.get(1).x() - points.get(0).x()).isCloseTo(day, offset(0.001));
    }

    @Test
    void betterRatings_areHigherUp_withNotYetOnTheBottomLine() {
        RatingChart chart = RatingChart.of(List.of(point(0, Rating.NOT_YET), point(1, Rating.WITH_SOME_HELP),
                point(2, Rating.INDEPENDENTLY)));

        assertThat(chart.points().get(0).y()).isEqualTo(chart.plotBottom());
        assertThat(chart.points().get(1).y()).isLessThan(chart.points().get(0).y());
        assertThat(chart.points().get(2).y()).isEqualTo(chart.plotTop());
        assertThat(chart.yLabels()).extracting(RatingChart.AxisLabel::text)
                .containsExactly("Not yet", "Lots of help", "Some help", "Independent");
    }

    @Test
    void oneRating_isCentred_andSaidInWords() {
        RatingChart chart = RatingChart.of(List.of(point(0, Rating.WITH_SOME_HELP)));

        assertThat(chart.points().get(0).x()).isEqualTo((chart.plotLeft() + chart.plotRight()) / 2);
        assertThat(chart.xLabels()).hasSize(1);
        assertThat(chart.summary()).isEqualTo("One rating, on Mon 14 Sept 2026: With some help.");
    }

    @Test
    void summary_namesTheCountTheSpanAndTheFirstAndLatestRatings() {
        RatingChart chart = RatingChart.of(List.of(point(0, Rating.NOT_YET), point(4, Rating.INDEPENDENTLY)));

        assertThat(chart.summary()).isEqualTo("2 ratings from Mon 14 Sept 2026 to Fri 18 Sept 2026. "
                + "First: Not yet. Latest: Independently.");
    }

    @Test
    void dateLabels_areAtMostSix_andTheOuterOnesLeanInwards() {
        RatingChart chart = RatingChart.of(List.of(point(0, Rating.NOT_YET), point(70, Rating.INDEPENDENTLY)));

        assertThat(chart.xLabels()).hasSize(RatingChart.MAX_X_LABELS);
        assertThat(chart.xLabels().get(0).anchor()).isEqualTo("start");
        assertThat(chart.xLabels().get(5).anchor()).isEqualTo("end");
        assertThat(chart.xLabels().get(2).anchor()).isEqualTo("middle");
    }

    @Test
    void lineCoordinates_useADotWhateverTheDefaultLocale() {
        RatingChart chart = RatingChart.of(List.of(point(0, Rating.NOT_YET), point(3, Rating.WITH_SOME_HELP)));

        assertThat(chart.line()).matches("[0-9]+\\.[0-9]{2},[0-9]+\\.[0-9]{2} [0-9]+\\.[0-9]{2},[0-9]+\\.[0-9]{2}");
    }

    private static RatingPoint point(int day, Rating rating) {
        return new RatingPoint(TARGET, MONDAY.plusDays(day), rating);
    }
}
