package uk.graduated.server.console.provision;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Money as the console writes it: pounds with pence and thousands separators, "£1,234.50". */
public final class Money {
    private Money() {
    }

    public static String gbp(long pence) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK));
        String amount = format.format(BigDecimal.valueOf(Math.abs(pence), 2));
        return (pence < 0 ? "-£" : "£") + amount;
    }

    /** "£1,234.50", or a dash for no amount. */
    public static String gbpOrDash(Long pence) {
        return pence == null ? "–" : gbp(pence);
    }
}
