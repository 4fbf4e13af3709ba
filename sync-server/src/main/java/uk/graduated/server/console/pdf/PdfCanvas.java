package uk.graduated.server.console.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A4 pages drawn top to bottom: a cursor that moves down as blocks are drawn and starts a new page
 * when the next block would run into the footer. Coordinates are PDF points from the bottom left.
 */
final class PdfCanvas {
    static final PDRectangle PAGE = PDRectangle.A4;
    static final float MARGIN = 50;
    /** Kept free at the bottom of every page for the confidentiality footer. */
    static final float FOOTER_SPACE = 30;
    static final Color INK = new Color(0x1f, 0x29, 0x33);
    static final Color MUTED = new Color(0x5b, 0x67, 0x70);
    static final Color RULE = new Color(0xc5, 0xcc, 0xd3);
    static final Color SHADE = new Color(0xee, 0xf1, 0xf4);
    static final Color STRIPE = new Color(0xf7, 0xf8, 0xfa);
    static final Color BRAND = new Color(0x1d, 0x5c, 0x7a);

    final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final PDDocument document;
    private PDPageContentStream stream;
    private float y;

    PdfCanvas(PDDocument document) {
        this.document = document;
        newPage();
    }

    float left() {
        return MARGIN;
    }

    float width() {
        return PAGE.getWidth() - 2 * MARGIN;
    }

    float y() {
        return y;
    }

    void moveDown(float height) {
        y -= height;
    }

    /** Whether a block of {@code height} still fits above the footer of this page. */
    boolean fits(float height) {
        return y - height >= MARGIN + FOOTER_SPACE;
    }

    /** Starts a new page unless a block of {@code height} fits on this one. */
    void ensure(float height) {
        if (!fits(height)) {
            newPage();
        }
    }

    /** Space the page leaves before its first block: the running header on continuation pages. */
    boolean atTopOfPage() {
        return y >= PAGE.getHeight() - MARGIN - 1;
    }

    void newPage() {
        closeStream();
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        try {
            stream = new PDPageContentStream(document, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = PAGE.getHeight() - MARGIN;
    }

    /** Draws already-drawable text with its baseline at {@code baseline}. */
    void text(float x, float baseline, PDFont font, float size, Color color, String drawableText) {
        try {
            stream.beginText();
            stream.setFont(font, size);
            stream.setNonStrokingColor(color);
            stream.newLineAtOffset(x, baseline);
            stream.showText(drawableText);
            stream.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void fill(float x, float bottom, float width, float height, Color color) {
        try {
            stream.setNonStrokingColor(color);
            stream.addRect(x, bottom, width, height);
            stream.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void line(float x1, float y1, float x2, float y2, float width, Color color) {
        try {
            stream.setStrokingColor(color);
            stream.setLineWidth(width);
            stream.moveTo(x1, y1);
            stream.lineTo(x2, y2);
            stream.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void closeStream() {
        if (stream == null) {
            return;
        }
        try {
            stream.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        stream = null;
    }
}
