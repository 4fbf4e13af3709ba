package uk.graduated.server.console.imports;

import java.util.EnumMap;
import java.util.Map;

/**
 * One data row of an uploaded file as text, cell by column.
 *
 * @param number the row as a spreadsheet numbers it: the header is row 1, the first pupil row 2
 */
public record CsvRow(int number, Map<ImportColumn, String> cells) {
    public CsvRow {
        cells = cells.isEmpty() ? Map.of() : new EnumMap<>(cells);
    }

    /** The cell stripped of surrounding spaces; empty when blank or the column is absent. */
    public String cell(ImportColumn column) {
        String value = cells.get(column);
        return value == null ? "" : value.strip();
    }
}
