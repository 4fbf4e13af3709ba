package uk.graduated.server.console.pdf;

import java.util.List;
import java.util.Locale;

/**
 * Horizontal bars, one per label, scaled to the largest magnitude; negative values grow left of a
 * zero line so a fall in progress reads as a fall. Each bar carries its value as text, so the chart
 * does not depend on colour.
 */
final class PdfBarChart {
    private static final float BAR = 12;
    private static final float GAP = 6;
    private static final float SIZE = 8.5f;

    private final PdfCanvas canvas;

    PdfBarChart(PdfCanvas canvas) {
        this.canvas = canvas;
    }

    void draw(String caption, List<PdfReport.Bar> bars, String unit) {
        float labelWidth = canvas.width() * 0.3f;
        float valueWidth = 70;
        float plotLeft = canvas.left() + labelWidth + 6;
        float plotWidth = canvas.width() - labelWidth - 6 - valueWidth;
        double max = 0;
        double min = 0;
        for (PdfReport.Bar bar : bars) {
            max = Math.max(max, bar.value());
            min = Math.min(min, bar.value());
        }
        double span = max - min == 0 ? 1 : max - min;
        float zero = plotLeft + (float) (-min / span * plotWidth);

        canvas.ensure(18 + Math.min(bars.size(), 3) * (BAR + GAP));
        canvas.text(canvas.left(), canvas.y() - 11, canvas.bold, 10, PdfCanvas.INK, PdfText.drawable(canvas.bold, caption));
        canvas.moveDown(18);
        if (bars.isEmpty()) {
            canvas.text(canvas.left(), canvas.y() - 10, canvas.regular, SIZE, PdfCanvas.MUTED, "No figures for this period.");
            canvas.moveDown(20);
            return;
        }
        for (PdfReport.Bar bar : bars) {
            if (!canvas.fits(BAR + GAP)) {
                canvas.newPage();
            }
            float top = canvas.y();
            float baseline = top - BAR + 3;
            canvas.text(canvas.left(), baseline, canvas.regular, SIZE, PdfCanvas.INK,
                    PdfText.fitted(canvas.regular, SIZE, bar.label(), labelWidth));
            float length = (float) (Math.abs(bar.value()) / span * plotWidth);
            float start = bar.value() >= 0 ? zero : zero - length;
            canvas.fill(start, top - BAR, Math.max(length, 0.5f), BAR, PdfCanvas.BRAND);
            String value = String.format(Locale.UK, "%s %s", number(bar.value()), unit).strip();
            float valueX = bar.value() >= 0 ? start + length + 4 : zero + 4;
            canvas.text(valueX, baseline, canvas.regular, SIZE, PdfCanvas.INK, PdfText.drawable(canvas.regular, value));
            canvas.line(zero, top, zero, top - BAR - GAP, 0.5f, PdfCanvas.MUTED);
            canvas.moveDown(BAR + GAP);
        }
        canvas.moveDown(8);
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.format(Locale.UK, "%,d", (long) value)
                : String.format(Locale.UK, "%,.2f", value);
    }
}
