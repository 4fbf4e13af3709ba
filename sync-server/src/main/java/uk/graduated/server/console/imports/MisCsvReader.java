package uk.graduated.server.console.imports;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an MIS export: UTF-8 with or without a byte order mark, comma separated (RFC 4180, as Excel's
 * "CSV UTF-8" and every MIS write it), a header row naming the columns. Wholly blank rows, which
 * spreadsheets leave at the end, are skipped.
 */
public final class MisCsvReader {
    /** A secondary school has about 1,100 pupils; anything far beyond is not one school's roll. */
    public static final int MAX_ROWS = 5_000;
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** What was read: the rows, and the headers that name no column Graduated uses. */
    public record CsvFile(Set<ImportColumn> columns, List<String> ignoredHeaders, List<CsvRow> rows) {
        public CsvFile {
            columns = columns.isEmpty() ? Set.of() : EnumSet.copyOf(columns);
            ignoredHeaders = List.copyOf(ignoredHeaders);
            rows = List.copyOf(rows);
        }
    }

    private MisCsvReader() {
    }

    /** @throws ImportFileException when the file is not a readable export */
    public static CsvFile read(byte[] bytes) {
        String text = decode(bytes);
        List<CSVRecord> records = parse(text);
        if (records.isEmpty()) {
            throw new ImportFileException("The file is empty. Export the pupils from the MIS with a header row, "
                    + "or start from the template.");
        }
        Map<Integer, ImportColumn> columnsByIndex = new HashMap<>();
        List<String> ignored = new ArrayList<>();
        readHeader(records.get(0), columnsByIndex, ignored);
        List<CsvRow> rows = new ArrayList<>();
        for (CSVRecord record : records.subList(1, records.size())) {
            Map<ImportColumn, String> cells = new EnumMap<>(ImportColumn.class);
            columnsByIndex.forEach((index, column) -> {
                if (index < record.size()) {
                    cells.put(column, record.get(index));
                }
            });
            if (cells.values().stream().allMatch(String::isBlank)) {
                continue;
            }
            if (rows.size() == MAX_ROWS) {
                throw new ImportFileException("The file has more than " + String.format(Locale.UK, "%,d", MAX_ROWS)
                        + " pupils. Import one school's roll at a time.");
            }
            rows.add(new CsvRow((int) record.getRecordNumber(), cells));
        }
        if (rows.isEmpty()) {
            throw new ImportFileException("The file has a header row but no pupils.");
        }
        return new CsvFile(EnumSet.copyOf(columnsByIndex.values()), ignored, rows);
    }

    private static void readHeader(CSVRecord header, Map<Integer, ImportColumn> columnsByIndex, List<String> ignored) {
        Map<ImportColumn, String> seen = new EnumMap<>(ImportColumn.class);
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip();
            Optional<ImportColumn> column = ImportColumn.forHeader(name);
            if (column.isEmpty()) {
                if (!name.isEmpty()) {
                    ignored.add(name);
                }
                continue;
            }
            String earlier = seen.putIfAbsent(column.get(), name);
            if (earlier != null) {
                throw new ImportFileException("The columns \"" + earlier + "\" and \"" + name + "\" both give the "
                        + column.get().label().toLowerCase(Locale.ROOT) + ". Remove one of them.");
            }
            columnsByIndex.put(i, column.get());
        }
        List<String> missing = EnumSet.allOf(ImportColumn.class).stream()
                .filter(c -> c.required() && !seen.containsKey(c))
                .map(c -> "\"" + c.label() + "\"")
                .collect(Collectors.toList());
        if (!missing.isEmpty()) {
            String hint = header.size() == 1 && (header.get(0).contains(";") || header.get(0).contains("\t"))
                    ? " The file seems to be separated by semicolons or tabs: save it as CSV (comma separated)."
                    : " Check the first row holds the column names, as in the template.";
            throw new ImportFileException("The file has no " + String.join(", ", missing)
                    + (missing.size() == 1 ? " column." : " columns.") + hint);
        }
    }

    private static String decode(byte[] bytes) {
        int start = startsWith(bytes, UTF8_BOM) ? UTF8_BOM.length : 0;
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            throw new ImportFileException("The file is saved as UTF-16 (\"Unicode text\"). Save it as "
                    + "\"CSV UTF-8 (Comma delimited)\" and upload it again.");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ImportFileException("The file is not UTF-8 text, so names with accents would be garbled. In "
                    + "Excel choose Save As, \"CSV UTF-8 (Comma delimited)\", and upload that file.");
        }
    }

    private static List<CSVRecord> parse(String text) {
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            return parser.getRecords();
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new ImportFileException("The file is not a well-formed CSV file: a quoted cell is not closed. "
                    + "Export it from the MIS again, or save it from Excel as CSV.");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
