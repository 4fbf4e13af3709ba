package uk.graduated.server.console.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.graduated.server.console.HandMadeFixture;
import uk.graduated.server.console.HandMadeSchool;
import uk.graduated.server.console.pdf.PdfReading;

/** The governors' PDF and the census CSV of the hand-made school, read back. */
class GovernorsPdfTest {
    private final HandMadeSchool.Loaded school = HandMadeFixture.school();
    private final ReportsService reports = new ReportsService(HandMadeFixture.database().jdbi(), HandMadeSchool.clock());

    @Test
    void theSummary_holdsTheAggregates_suppressed_andNamesNoPupil(@TempDir Path temp) throws Exception {
        byte[] pdf = GovernorsPdf.render(reports.governors(school.sencoPrincipal(), reports.currentTerm()),
                school.schoolName());

        Files.write(temp.resolve("governors.pdf"), pdf);
        String text = PdfReading.text(pdf);
        assertThat(text).contains("Termly SEN summary for governors", "Autumn term 2026", "Summer term 2026",
                "On roll 13 14", "K: SEN support 6 6", "E: EHC plan fewer than 5 fewer than 5", "With SEN (E or K) not shown not shown",
                "Communication and interaction 5", "Sessions delivered 8 0", "4 h 45 min", "£255.00",
                "Attendance at sessions fewer than 5 pupils", "Reviews held fewer than 5", "How these figures are made");
        for (String name : school.pupilNames()) {
            assertThat(text).doesNotContain(name).doesNotContain(name.split(" ")[1]);
        }
        assertThat(PdfReading.pageCount(pdf)).isEqualTo(3);
    }

    @Test
    void theCensusCsv_hasAHeader_provisionTotals_andARowPerProvisionRankAndNeed() throws Exception {
        byte[] csv = CensusCsv.write(reports.census(school.sencoPrincipal(), HandMadeSchool.TODAY));

        try (CSVParser parser = CSVParser.parse(new String(csv, StandardCharsets.UTF_8),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build())) {
            assertThat(parser.getHeaderNames()).isEqualTo(CensusCsv.HEADER);
            var records = parser.getRecords();
            assertThat(records).filteredOn(r -> r.get("Need rank").isEmpty())
                    .extracting(r -> r.get("SEN provision") + "=" + r.get("Pupils")).containsExactly("E=4", "K=6", "N=3");
            assertThat(records).filteredOn(r -> r.get("SEN provision").equals("K") && r.get("Need rank").equals("1")
                    && r.get("Need type code").equals("SLCN")).extracting(r -> r.get("Pupils")).containsExactly("3");
            assertThat(records).filteredOn(r -> r.get("SEN provision").equals("E"))
                    .extracting((CSVRecord r) -> r.get("Need type code")).doesNotContain("NSA");
            assertThat(records).hasSize(3 + 2 * 12 + 2 * 13);
        }
        assertThat(CensusCsv.safe("=SUM(A1)")).isEqualTo("'=SUM(A1)");
        assertThat(CensusCsv.safe("-1")).isEqualTo("'-1");
    }
}
