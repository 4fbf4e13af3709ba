package uk.graduated.server.console.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * What every page carries once the content is laid out (so the page count is known): the
 * confidentiality line and "Page n of m" at the foot, and the document's title at the head of every
 * page after the first, so a loose printed page still says what it belongs to.
 */
final class PdfPageFrame {
    private static final String CONFIDENTIAL =
            "CONFIDENTIAL - special category personal data. Store securely; share only with those who need it.";
    private static final float SIZE = 7.5f;

    private final PDDocument document;
    private final String title;
    private final String schoolName;
    private final PDFont font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    PdfPageFrame(PDDocument document, String title, String schoolName) {
        this.document = document;
        this.title = title;
        this.schoolName = schoolName;
    }

    void draw() {
        int pages = document.getNumberOfPages();
        for (int index = 0; index < pages; index++) {
            PDPage page = document.getPage(index);
            try (PDPageContentStream stream = new PDPageContentStream(document, page, AppendMode.APPEND, true, true)) {
                float left = PdfCanvas.MARGIN;
                float right = PdfCanvas.PAGE.getWidth() - PdfCanvas.MARGIN;
                String pageNumber = "Page " + (index + 1) + " of " + pages;
                float numberWidth = PdfText.width(font, SIZE, pageNumber);
                write(stream, left, PdfCanvas.MARGIN - 12, PdfText.fitted(font, SIZE, CONFIDENTIAL + " " + schoolName,
                        right - left - numberWidth - 12));
                write(stream, right - numberWidth, PdfCanvas.MARGIN - 12, pageNumber);
                if (index > 0) {
                    write(stream, left, PdfCanvas.PAGE.getHeight() - PdfCanvas.MARGIN + 16,
                            PdfText.fitted(font, SIZE, title + " - " + schoolName, right - left));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void write(PDPageContentStream stream, float x, float baseline, String drawableText) throws IOException {
        stream.beginText();
        stream.setFont(font, SIZE);
        stream.setNonStrokingColor(PdfCanvas.MUTED);
        stream.newLineAtOffset(x, baseline);
        stream.showText(drawableText);
        stream.endText();
    }
}
