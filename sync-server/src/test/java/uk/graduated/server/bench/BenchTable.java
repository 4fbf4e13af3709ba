package uk.graduated.server.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The combined table of every benchmark of one run of the bench command. Each benchmark records its
 * rows in a shared file (system property {@code bench.results}, set by the {@code bench} profile),
 * replacing rows of the same id, so the modules' benchmarks, run in their own JVMs, add up to one
 * table that the last of them prints.
 */
public final class BenchTable {
    private static final String[] HEADINGS = {"", "metric", "measured (median, min-max)", "baseline", "ratio", "goal", "met?"};

    private BenchTable() {
    }

    public static synchronized void record(BenchRow row) {
        Map<String, BenchRow> rows = read();
        rows.put(row.id(), row);
        List<String> lines = new ArrayList<>();
        rows.values().forEach(r -> lines.add(r.toTsv()));
        try {
            Files.createDirectories(file().getParent());
            Files.write(file(), lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println("[bench] " + row.id() + " " + row.metric() + ": " + row.measured()
                + (row.ratio().isEmpty() ? "" : " ratio " + row.ratio()) + " (goal " + row.goal() + ")");
    }

    /** Prints every row recorded so far as a Markdown table, and writes it next to the results file. */
    public static String print() {
        StringBuilder out = new StringBuilder();
        out.append(line(HEADINGS));
        out.append("|---|---|---|---|---|---|---|\n");
        for (BenchRow r : read().values()) {
            out.append(line(new String[] {r.id(), r.metric(), r.measured(), r.baseline(), r.ratio(), r.goal(),
                    r.met() ? "yes" : "**no**"}));
        }
        String table = out.toString();
        System.out.println("\n==== Graduated benchmarks ====\n" + table);
        try {
            Files.writeString(file().resolveSibling("benchmarks.md"), table, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return table;
    }

    private static String line(String[] cells) {
        return "| " + String.join(" | ", cells) + " |\n";
    }

    private static Map<String, BenchRow> read() {
        Map<String, BenchRow> rows = new TreeMap<>();
        if (Files.exists(file())) {
            try {
                for (String line : Files.readAllLines(file(), StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) {
                        BenchRow row = BenchRow.fromTsv(line);
                        rows.put(row.id(), row);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return rows;
    }

    private static Path file() {
        return Path.of(System.getProperty("bench.results", "target/bench/results.tsv"));
    }
}
