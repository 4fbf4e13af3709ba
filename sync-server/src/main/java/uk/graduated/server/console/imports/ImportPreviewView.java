package uk.graduated.server.console.imports;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The preview page: what importing the file would do now.
 *
 * @param problems why a confirmation did not write (e.g. the register refused a change), or empty
 */
public record ImportPreviewView(String id, String fileName, ImportPlan plan, List<String> problems) {
    public ImportPreviewView {
        problems = List.copyOf(problems);
    }

    public String action() {
        return "/console/import/" + id;
    }

    public List<PlannedRow> errorRows() {
        return rows(PlannedRow.Outcome.ERROR);
    }

    public List<PlannedRow> writtenRows() {
        return plan.rows().stream().filter(PlannedRow::writes).collect(Collectors.toList());
    }

    public List<PlannedRow> unchangedRows() {
        return rows(PlannedRow.Outcome.UNCHANGED);
    }

    public long count(PlannedRow.Outcome outcome) {
        return plan.count(outcome);
    }

    public long toWrite() {
        return writtenRows().size();
    }

    /** "1 pupil", "3 pupils". */
    public static String pupils(long n) {
        return n + (n == 1 ? " pupil" : " pupils");
    }

    /** "1 row", "3 rows". */
    public static String rows(long n) {
        return n + (n == 1 ? " row" : " rows");
    }

    private List<PlannedRow> rows(PlannedRow.Outcome outcome) {
        return plan.rows().stream().filter(r -> r.outcome() == outcome).collect(Collectors.toList());
    }
}
