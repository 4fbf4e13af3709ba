package uk.graduated.server.console.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * A printable A4 report built top to bottom: headings, wrapped paragraphs, label/value facts, tables,
 * bar charts and ruled space left for a meeting. Every page carries a confidentiality footer with the
 * school and "Page n of m", because these documents hold special-category personal data and are
 * printed and handed around. Used once: build, then {@link #toBytes()}.
 */
public final class PdfReport {
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final float BODY = 10;
    private static final float LEADING = 13.5f;

    /** One label and its value, as in "Date of birth: 3 May 2015". */
    public record Fact(String label, String value) {
        public Fact {
            Objects.requireNonNull(label, "label");
            value = value == null ? "" : value;
        }
    }

    /** One bar of a chart. */
    public record Bar(String label, double value) {
        public Bar {
            Objects.requireNonNull(label, "label");
        }
    }

    private final PDDocument document = new PDDocument();
    private final PdfCanvas canvas = new PdfCanvas(document);
    private final String title;
    private final String schoolName;
    private final LocalDate generatedOn;
    private boolean written;

    public PdfReport(String title, String schoolName, LocalDate generatedOn) {
        this.title = Objects.requireNonNull(title, "title");
        this.schoolName = Objects.requireNonNull(schoolName, "schoolName");
        this.generatedOn = Objects.requireNonNull(generatedOn, "generatedOn");
        titleBlock();
    }

    private void titleBlock() {
        canvas.text(canvas.left(), canvas.y() - 18, canvas.bold, 18, PdfCanvas.BRAND,
                PdfText.fitted(canvas.bold, 18, title, canvas.width()));
        canvas.moveDown(26);
        String line = schoolName + " · produced " + LONG_DATE.format(generatedOn);
        canvas.text(canvas.left(), canvas.y() - 10, canvas.regular, 10, PdfCanvas.MUTED,
                PdfText.fitted(canvas.regular, 10, line, canvas.width()));
        canvas.moveDown(16);
        canvas.line(canvas.left(), canvas.y(), canvas.left() + canvas.width(), canvas.y(), 1, PdfCanvas.BRAND);
        canvas.moveDown(14);
    }

    /** A section heading; never left alone at the foot of a page. */
    public PdfReport heading(String text) {
        canvas.ensure(60);
        canvas.moveDown(canvas.atTopOfPage() ? 0 : 6);
        canvas.text(canvas.left(), canvas.y() - 14, canvas.bold, 14, PdfCanvas.BRAND,
                PdfText.fitted(canvas.bold, 14, text, canvas.width()));
        canvas.moveDown(22);
        return this;
    }

    public PdfReport subheading(String text) {
        canvas.ensure(40);
        canvas.text(canvas.left(), canvas.y() - 11, canvas.bold, 11, PdfCanvas.INK,
                PdfText.fitted(canvas.bold, 11, text, canvas.width()));
        canvas.moveDown(17);
        return this;
    }

    /** Wrapped body text; line breaks in {@code text} start new lines. */
    public PdfReport paragraph(String text) {
        for (String line : PdfText.wrap(canvas.regular, BODY, text, canvas.width())) {
            canvas.ensure(LEADING);
            canvas.text(canvas.left(), canvas.y() - BODY, canvas.regular, BODY, PdfCanvas.INK, line);
            canvas.moveDown(LEADING);
        }
        canvas.moveDown(5);
        return this;
    }

    /** Label/value rows: the label in bold on the left third, the value wrapped beside it. */
    public PdfReport facts(List<Fact> facts) {
        float labelWidth = canvas.width() * 0.32f;
        float valueWidth = canvas.width() - labelWidth;
        for (Fact fact : facts) {
            List<String> label = PdfText.wrap(canvas.bold, BODY, fact.label(), labelWidth - 8);
            List<String> value = PdfText.wrap(canvas.regular, BODY, fact.value(), valueWidth);
            int lines = Math.max(label.size(), value.size());
            canvas.ensure(lines * LEADING);
            float baseline = canvas.y() - BODY;
            for (int i = 0; i < lines; i++) {
                if (i < label.size()) {
                    canvas.text(canvas.left(), baseline, canvas.bold, BODY, PdfCanvas.INK, label.get(i));
                }
                if (i < value.size()) {
                    canvas.text(canvas.left() + labelWidth, baseline, canvas.regular, BODY, PdfCanvas.INK, value.get(i));
                }
                baseline -= LEADING;
            }
            canvas.moveDown(lines * LEADING + 2);
        }
        canvas.moveDown(5);
        return this;
    }

    /**
     * A table over the full width; {@code columnWeights} share the width out (none: equal columns).
     * Every row must have one cell per header.
     */
    public PdfReport table(List<String> headers, List<List<String>> rows, float... columnWeights) {
        new PdfTable(canvas, headers.size(), columnWeights).draw(headers, rows);
        return this;
    }

    /** Horizontal bars with their values written beside them, in {@code unit} ("hours", "%"). */
    public PdfReport barChart(String caption, List<Bar> bars, String unit) {
        new PdfBarChart(canvas).draw(caption, bars, unit == null ? "" : unit);
        return this;
    }

    /** A prompt and ruled lines left empty to be filled in by hand at a meeting. */
    public PdfReport writingSpace(String prompt, int lines) {
        // the prompt and its lines stay on one page, so nobody writes their views under the wrong heading
        canvas.ensure(Math.min(17 + lines * 22f, 400));
        subheading(prompt);
        for (int i = 0; i < lines; i++) {
            canvas.ensure(22);
            canvas.moveDown(22);
            canvas.line(canvas.left(), canvas.y(), canvas.left() + canvas.width(), canvas.y(), 0.4f, PdfCanvas.RULE);
        }
        canvas.moveDown(10);
        return this;
    }

    public PdfReport pageBreak() {
        canvas.newPage();
        return this;
    }

    /** The finished document; the report cannot be added to afterwards. */
    public byte[] toBytes() {
        if (written) {
            throw new IllegalStateException("this report was already written");
        }
        written = true;
        canvas.closeStream();
        new PdfPageFrame(document, title, schoolName).draw();
        describe(document.getDocumentInformation());
        try (document) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void describe(PDDocumentInformation info) {
        info.setTitle(title + " - " + schoolName);
        info.setCreator("Graduated");
        info.setSubject("Confidential: special category personal data");
        Calendar created = new GregorianCalendar(generatedOn.getYear(), generatedOn.getMonthValue() - 1,
                generatedOn.getDayOfMonth());
        info.setCreationDate(created);
    }
}
