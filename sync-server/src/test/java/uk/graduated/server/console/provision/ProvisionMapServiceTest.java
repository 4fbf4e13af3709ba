package uk.graduated.server.console.provision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import uk.graduated.model.sync.ErrorCode;
import uk.graduated.server.auth.ApiException;
import uk.graduated.server.auth.Principal;
import uk.graduated.server.console.pdf.PdfReading;
import uk.graduated.server.console.web.Dates;

/** The provision map and a pupil's costed map of {@link SmallSchool}, whose figures are known. */
class ProvisionMapServiceTest {
    private final SmallSchool school = SmallSchool.shared();
    private final ProvisionMapService provision = new ProvisionMapService(SmallSchool.sharedJdbi(), SmallSchool.clock());
    private final PupilProvisionService pupilMaps = new PupilProvisionService(SmallSchool.sharedJdbi(), SmallSchool.clock());

    @Test
    void map_countsPlannedAndDeliveredSessions_andCostsThem() {
        ProvisionMapView view = provision.map(school.senco(), "term");

        assertThat(view.period().from()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(view.period().countedTo()).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(view.lines()).extracting(l -> l.intervention().name()).containsExactly("Reading boost", "Social skills");
        InterventionLine reading = view.lines().get(0);
        assertThat(reading.plannedSessions()).isEqualTo(12);
        assertThat(reading.deliveredSessions()).isEqualTo(12);
        assertThat(reading.deliveredMinutes()).isEqualTo(360);
        assertThat(reading.members()).isEqualTo(3);
        assertThat(reading.periodCostPence()).isEqualTo(9_000 + 6_000);
        assertThat(reading.perPupilPence()).isEqualTo(5_000);
        InterventionLine social = view.lines().get(1);
        assertThat(social.plannedSessions()).isEqualTo(8);
        assertThat(social.deliveredSessions()).isEqualTo(7);
        assertThat(social.underPlan()).isTrue();
        assertThat(social.periodCostPence()).isEqualTo(14_000 + 15_000);
        assertThat(social.perPupilPence()).isEqualTo(9_667);
        assertThat(view.totalCostPence()).isEqualTo(44_000);
    }

    @Test
    void map_weeksOfTheTerm_showWhichWeekWasUnderPlan() {
        ProvisionMapView view = provision.map(school.senco(), "term");

        assertThat(view.mondays()).containsExactly(LocalDate.of(2025, 12, 29), LocalDate.of(2026, 1, 5),
                LocalDate.of(2026, 1, 12), LocalDate.of(2026, 1, 19), LocalDate.of(2026, 1, 26));
        assertThat(view.lines().get(0).termWeeks()).extracting(WeekCell::text)
                .containsExactly("0 of 0", "3 of 3", "3 of 3", "3 of 3", "3 of 3");
        assertThat(view.lines().get(1).termWeeks()).extracting(WeekCell::underPlan)
                .containsExactly(false, false, false, true, false);
        assertThat(view.lines().get(1).termWeeks().get(3).text()).isEqualTo("1 of 2");
    }

    @Test
    void intervention_listsTheGroupWithScoresProgressAndAttendance() {
        InterventionView view = provision.intervention(school.senco(), school.social);

        assertThat(view.members()).extracting(m -> m.pupil().name())
                .containsExactly("Cara Mistry", "Dev Nolan", "Ella Oduya");
        MemberLine dev = view.members().get(1);
        assertThat(dev.progressText()).isEqualTo("+5");
        assertThat(dev.attended()).isEqualTo(5);
        assertThat(dev.planned()).isEqualTo(8);
        assertThat(dev.attendance()).isEqualTo("63%");
        assertThat(view.line().plannedCostPence()).isEqualTo(2_000L * 24 + 15_000);
    }

    @Test
    void intervention_ofAnotherSchool_isNotFound() {
        Principal elsewhere = new Principal(UUID.randomUUID(), school.senco().staffId(), null, school.senco().roles());

        ApiException refusal = catchThrowableOfType(ApiException.class,
                () -> provision.intervention(elsewhere, school.reading));

        assertThat(refusal.code()).isEqualTo(ErrorCode.NOT_FOUND);
    }

    @Test
    void pupilMap_ofAPupilInTwoGroups_costsEachShareAndTotals() {
        PupilProvisionMap map = pupilMaps.load(school.senco(), school.pupils.get(2), null);

        assertThat(map.period().key()).isEqualTo("year");
        assertThat(map.lines()).hasSize(2);
        PupilCostLine reading = map.lines().get(0);
        assertThat(reading.intervention().name()).isEqualTo("Reading boost");
        assertThat(reading.groupSize()).isEqualTo(3);
        assertThat(reading.staffRatio()).isEqualTo("1:3");
        assertThat(reading.attended()).isEqualTo(11);
        assertThat(reading.attendedHours()).isEqualTo("5.5");
        assertThat(reading.costPence()).isEqualTo(5_000);
        PupilCostLine social = map.lines().get(1);
        assertThat(social.attended()).isEqualTo(7);
        assertThat(social.costPence()).isEqualTo(9_667);
        assertThat(map.totalPence()).isEqualTo(14_667);
        assertThat(map.total()).isEqualTo("£146.67");
        assertThat(map.totalHours()).isEqualTo("12.5");
    }

    @Test
    void pupilMapCsv_readsBack_withATotalRow() throws Exception {
        PupilProvisionMap map = pupilMaps.load(school.senco(), school.pupils.get(2), "year");

        String csv = ProvisionCsv.pupilMap(map);

        try (CSVParser parser = CSVParser.parse(csv, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build())) {
            var records = parser.getRecords();
            assertThat(records).hasSize(3);
            CSVRecord first = records.get(0);
            assertThat(first.get("Intervention")).isEqualTo("Reading boost");
            assertThat(first.get("Staff ratio")).isEqualTo("1:3");
            assertThat(first.get("Cost to pupil (GBP)")).isEqualTo("50.00");
            assertThat(records.get(2).get("Intervention")).isEqualTo("Total");
            assertThat(records.get(2).get("Cost to pupil (GBP)")).isEqualTo("146.67");
        }
    }

    @Test
    void pupilMapPdf_readsBack_withEachInterventionAndTheTotal() {
        PupilProvisionMap map = pupilMaps.load(school.senco(), school.pupils.get(2), "year");

        byte[] pdf = ProvisionPdf.pupilMap(map, "Brackenfield Primary School");

        String text = PdfReading.text(pdf);
        assertThat(PdfReading.pageCount(pdf)).isEqualTo(1);
        assertThat(text).contains("Costed provision map").contains("Brackenfield Primary School").contains("Cara Mistry")
                .contains("Reading boost").contains("Social skills").contains("£50.00").contains("£96.67")
                .contains("£146.67")
                .contains(Dates.date(LocalDate.of(2025, 9, 1)) + " to " + Dates.date(LocalDate.of(2026, 8, 31)));
    }

    @Test
    void schoolMapCsv_hasARowPerIntervention() throws Exception {
        String csv = ProvisionCsv.schoolMap(provision.map(school.senco(), "year"));

        try (CSVParser parser = CSVParser.parse(csv, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build())) {
            var records = parser.getRecords();
            assertThat(records).extracting(r -> r.get("Intervention")).containsExactly("Reading boost", "Social skills");
            assertThat(records.get(1).get("Sessions delivered")).isEqualTo("7");
            assertThat(records.get(1).get("Cost per pupil in period (GBP)")).isEqualTo("96.67");
            assertThat(records.get(1).get("Staff")).isEqualTo("Mrs Pell");
        }
    }

    @Test
    void csvCells_startingLikeAFormula_areDefused() {
        assertThat(CsvFile.safe("=SUM(A1)")).isEqualTo("'=SUM(A1)");
        assertThat(CsvFile.safe("-3")).isEqualTo("'-3");
        assertThat(CsvFile.safe("@home")).isEqualTo("'@home");
        assertThat(CsvFile.safe("Reading")).isEqualTo("Reading");
    }
}
