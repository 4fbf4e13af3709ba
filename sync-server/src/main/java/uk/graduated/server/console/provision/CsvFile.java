package uk.graduated.server.console.provision;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A CSV download: RFC 4180 (CRLF, quotes where needed), UTF-8, and safe to open in a spreadsheet: a
 * cell starting with {@code = + - @} (or a tab or carriage return) gets a leading {@code '} so it is
 * never run as a formula.
 */
public final class CsvFile {
    private CsvFile() {
    }

    public static String write(List<String> header, List<List<String>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(header.stream().map(CsvFile::safe).toList());
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(CsvFile::safe).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Sends {@code csv} as an attachment named {@code fileName}, never cached. */
    public static void send(Context ctx, String fileName, String csv) {
        ctx.header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("text/csv; charset=utf-8");
        ctx.result(csv.getBytes(StandardCharsets.UTF_8));
    }

    static String safe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }
}
