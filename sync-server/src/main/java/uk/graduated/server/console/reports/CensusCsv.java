package uk.graduated.server.console.reports;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import uk.graduated.model.sen.SenProvision;

/**
 * The census counts as CSV (RFC 4180, UTF-8): one row per provision total, then one per provision,
 * rank and need type. Cells that a spreadsheet would run as a formula are prefixed with an apostrophe.
 */
public final class CensusCsv {
    static final List<String> HEADER = List.of("Census date", "SEN provision", "Need rank", "Need type code", "Need type",
            "Pupils");

    private CensusCsv() {
    }

    public static byte[] write(CensusCounts counts) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            csv.printRecord(HEADER);
            String date = counts.on().toString();
            for (SenProvision p : SenProvision.values()) {
                row(csv, date, p.censusCode(), "", "", "All pupils with this provision", counts.count(p));
            }
            for (SenProvision p : List.of(SenProvision.E, SenProvision.K)) {
                for (int rank = 1; rank <= 2; rank++) {
                    for (CensusCounts.Line line : counts.lines()) {
                        if (p == SenProvision.E && !line.type().isAllowedWith(SenProvision.E)) {
                            continue;
                        }
                        int n = p == SenProvision.E ? (rank == 1 ? line.primaryE() : line.secondaryE())
                                : (rank == 1 ? line.primaryK() : line.secondaryK());
                        row(csv, date, p.censusCode(), String.valueOf(rank), line.type().censusCode(),
                                line.type().description(), n);
                    }
                }
                if (counts.missingPrimary().get(p) > 0) {
                    row(csv, date, p.censusCode(), "1", "", "No primary need recorded", counts.missingPrimary().get(p));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void row(CSVPrinter csv, String date, String provision, String rank, String code, String type, int n)
            throws IOException {
        csv.printRecord(safe(date), safe(provision), safe(rank), safe(code), safe(type), n);
    }

    /** A cell starting with = + - or @ is prefixed with ' so a spreadsheet shows it as text. */
    static String safe(String cell) {
        return !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
