package uk.graduated.server.bench;

import java.util.Locale;

/**
 * One line of the benchmark table. {@code baseline} and {@code ratio} are blank where no baseline
 * applies; {@code met} is the goal judged on the median.
 */
public record BenchRow(String id, String metric, String measured, String baseline, String ratio, String goal,
                       boolean met) {

    /** "median (min-max, N runs)" with the unit after the median. */
    public static String spread(Samples samples, String unit, String format) {
        return String.format(Locale.ROOT, format + " %s (" + format + "-" + format + ", %d runs)",
                samples.median(), unit, samples.min(), samples.max(), samples.count());
    }

    String toTsv() {
        return String.join("\t", id, clean(metric), clean(measured), clean(baseline), clean(ratio), clean(goal),
                met ? "yes" : "NO");
    }

    static BenchRow fromTsv(String line) {
        String[] f = line.split("\t", -1);
        return new BenchRow(f[0], f[1], f[2], f[3], f[4], f[5], f[6].equals("yes"));
    }

    private static String clean(String text) {
        return text == null ? "" : text.replace('\t', ' ').replace('\n', ' ');
    }
}
