package uk.graduated.server.console.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Numbers and dates as reports write them: "£1,234.50", "4 h 15 min", "90.5%", "23 Nov 2026". */
public final class Figures {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private Figures() {
    }

    /** "23 Nov 2026"; an empty string for no date. */
    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** Whole pence as pounds with pence and thousands separators. */
    public static String money(long pence) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.UK);
        return format.format(BigDecimal.valueOf(pence).movePointLeft(2));
    }

    /** Minutes as hours and minutes: "4 h 15 min", "45 min", "3 h". */
    public static String hours(long minutes) {
        long h = minutes / 60;
        long m = minutes % 60;
        if (h == 0) {
            return m + " min";
        }
        return m == 0 ? h + " h" : h + " h " + m + " min";
    }

    /** {@code part} of {@code whole} as a percentage with one decimal, half up; "–" when the whole is 0. */
    public static String percent(long part, long whole) {
        if (whole == 0) {
            return "–";
        }
        BigDecimal value = BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
        return value.stripTrailingZeros().scale() <= 0 ? value.setScale(0, RoundingMode.UNNECESSARY) + "%" : value + "%";
    }

    /** A signed change with one decimal: "+2.0", "-0.5", "0.0". */
    public static String change(BigDecimal value) {
        BigDecimal rounded = value.setScale(1, RoundingMode.HALF_UP);
        return rounded.signum() > 0 ? "+" + rounded.toPlainString() : rounded.toPlainString();
    }
}
