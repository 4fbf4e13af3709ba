package uk.graduated.server.console.imports;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The CSV template to fill in or to compare an MIS export with: the header row only, so nothing fictional is imported. */
final class ImportTemplate {
    private ImportTemplate() {
    }

    /** UTF-8 with a byte order mark, so Excel opens accented names correctly. */
    static byte[] bytes() {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(Arrays.stream(ImportColumn.values()).map(ImportColumn::label).toArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ("\uFEFF" + out).getBytes(StandardCharsets.UTF_8);
    }
}
