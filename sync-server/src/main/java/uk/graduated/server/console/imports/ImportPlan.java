package uk.graduated.server.console.imports;

import java.util.List;

/** What importing a file would do, row by row, with the totals the preview shows. */
public record ImportPlan(List<PlannedRow> rows, List<String> ignoredHeaders) {
    public ImportPlan {
        rows = List.copyOf(rows);
        ignoredHeaders = List.copyOf(ignoredHeaders);
    }

    public long count(PlannedRow.Outcome outcome) {
        return rows.stream().filter(r -> r.outcome() == outcome).count();
    }

    public boolean hasErrors() {
        return count(PlannedRow.Outcome.ERROR) > 0;
    }

    /** Whether confirming would write anything. */
    public boolean writesAnything() {
        return rows.stream().anyMatch(PlannedRow::writes);
    }
}
