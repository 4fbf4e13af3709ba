package uk.graduated.server.console.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * A table laid out across pages: column widths from weights, cell text wrapped, the header row
 * repeated at the top of every page the table continues on, alternate rows shaded for reading across.
 */
final class PdfTable {
    private static final float SIZE = 9;
    private static final float LEADING = 11.5f;
    private static final float PAD = 4;

    private final PdfCanvas canvas;
    private final float[] widths;

    PdfTable(PdfCanvas canvas, int columns, float[] weights) {
        this.canvas = canvas;
        this.widths = widths(canvas.width(), columns, weights);
    }

    private static float[] widths(float total, int columns, float[] weights) {
        if (weights.length != 0 && weights.length != columns) {
            throw new IllegalArgumentException("expected " + columns + " column weights, got " + weights.length);
        }
        float sum = 0;
        for (int i = 0; i < columns; i++) {
            sum += weights.length == 0 ? 1 : weights[i];
        }
        float[] widths = new float[columns];
        for (int i = 0; i < columns; i++) {
            widths[i] = total * (weights.length == 0 ? 1 : weights[i]) / sum;
        }
        return widths;
    }

    void draw(List<String> headers, List<List<String>> rows) {
        List<List<String>> header = wrapRow(headers, true);
        canvas.ensure(height(header) + height(wrapRow(rows.isEmpty() ? headers : rows.get(0), false)));
        drawRow(header, true, false);
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            if (row.size() != widths.length) {
                throw new IllegalArgumentException("row " + i + " has " + row.size() + " cells, the table has "
                        + widths.length + " columns");
            }
            List<List<String>> cells = wrapRow(row, false);
            if (!canvas.fits(height(cells))) {
                canvas.newPage();
                drawRow(header, true, false);
            }
            drawRow(cells, false, i % 2 == 1);
        }
        canvas.moveDown(8);
    }

    private List<List<String>> wrapRow(List<String> cells, boolean header) {
        List<List<String>> wrapped = new ArrayList<>();
        for (int i = 0; i < widths.length; i++) {
            String text = i < cells.size() ? cells.get(i) : "";
            wrapped.add(PdfText.wrap(header ? canvas.bold : canvas.regular, SIZE, text, widths[i] - 2 * PAD));
        }
        return wrapped;
    }

    private static float height(List<List<String>> cells) {
        int lines = 1;
        for (List<String> cell : cells) {
            lines = Math.max(lines, cell.size());
        }
        return lines * LEADING + 2 * PAD;
    }

    private void drawRow(List<List<String>> cells, boolean header, boolean shaded) {
        float height = height(cells);
        float top = canvas.y();
        if (header || shaded) {
            canvas.fill(canvas.left(), top - height, canvas.width(), height, header ? PdfCanvas.SHADE : PdfCanvas.STRIPE);
        }
        float x = canvas.left();
        for (int column = 0; column < widths.length; column++) {
            float baseline = top - PAD - SIZE;
            for (String line : cells.get(column)) {
                canvas.text(x + PAD, baseline, header ? canvas.bold : canvas.regular, SIZE, PdfCanvas.INK, line);
                baseline -= LEADING;
            }
            x += widths[column];
        }
        canvas.line(canvas.left(), top - height, canvas.left() + canvas.width(), top - height, header ? 0.8f : 0.3f,
                PdfCanvas.RULE);
        canvas.moveDown(height);
    }
}
