package uk.graduated.server.console.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

class PdfReportTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    private static PdfReport report() {
        return new PdfReport("Annual review pack", "Fernhill Primary", DAY);
    }

    @Test
    void report_readsBackWithItsTitleSchoolDateAndBlocks() {
        byte[] pdf = report()
                .heading("Needs")
                .paragraph("Ava finds phonics hard.\nShe enjoys small-group work.")
                .facts(List.of(new PdfReport.Fact("Date of birth", "3 May 2017"), new PdfReport.Fact("UPN", "")))
                .table(List.of("Target", "First", "Latest"), List.of(List.of("Blend CVC words", "1", "3")), 3f, 1f, 1f)
                .barChart("Average rating change", List.of(new PdfReport.Bar("Lexia", 1.25), new PdfReport.Bar("Nessy", -0.5)), "points")
                .writingSpace("Pupil's views", 4)
                .toBytes();

        String text = PdfReading.text(pdf);
        assertThat(text).contains("Annual review pack", "Fernhill Primary", "23 November 2026", "Needs",
                "Ava finds phonics hard.", "She enjoys small-group work.", "Date of birth", "3 May 2017",
                "Blend CVC words", "Average rating change", "1.25 points", "-0.50 points", "Pupil's views",
                "CONFIDENTIAL", "Page 1 of 1");
        assertThat(PdfReading.pageCount(pdf)).isEqualTo(1);
        assertThat(PdfReading.title(pdf)).isEqualTo("Annual review pack - Fernhill Primary");
    }

    @Test
    void longTable_continuesOnNewPagesWithItsHeaderRepeatedAndEveryPageNumbered() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 150; i++) {
            rows.add(List.of("Session " + i, "Attended"));
        }

        byte[] pdf = report().table(List.of("Session", "Attendance"), rows).toBytes();

        int pages = PdfReading.pageCount(pdf);
        String text = PdfReading.text(pdf);
        assertThat(pages).isGreaterThan(2);
        assertThat(occurrences(text, "Attendance")).isEqualTo(pages);
        assertThat(text).contains("Session 1 Attended", "Session 150", "Page " + pages + " of " + pages);
        assertThat(occurrences(text, "CONFIDENTIAL")).isEqualTo(pages);
        assertThat(occurrences(text, "Annual review pack - Fernhill Primary")).isEqualTo(pages - 1);
    }

    @Test
    void text_theStandardFontCannotDraw_isWrittenAsItsBaseLetterOrAQuestionMark() {
        byte[] pdf = report().paragraph("Łucja Zoë Nowak \u4e2d").toBytes();

        assertThat(PdfReading.text(pdf)).contains("Lucja Zoë Nowak ?");
    }

    @Test
    void wrap_breaksWordsLongerThanALine() {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

        List<String> lines = PdfText.wrap(font, 10, "short " + "x".repeat(300) + " end", 200);

        assertThat(lines).hasSizeGreaterThan(2);
        assertThat(lines).allSatisfy(line -> assertThat(PdfText.width(font, 10, line)).isLessThanOrEqualTo(200));
        assertThat(String.join("", lines).replace(" ", "")).isEqualTo("short" + "x".repeat(300) + "end");
    }

    @Test
    void tableRow_withTheWrongNumberOfCells_isRefused() {
        PdfReport report = report();

        assertThatThrownBy(() -> report.table(List.of("A", "B"), List.of(List.of("only one"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("row 0 has 1 cells");
    }

    @Test
    void report_isWrittenOnce() {
        PdfReport report = report();
        report.toBytes();

        assertThatThrownBy(report::toBytes).isInstanceOf(IllegalStateException.class);
    }

    private static int occurrences(String text, String word) {
        Matcher matcher = Pattern.compile(Pattern.quote(word)).matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
