package uk.graduated.server.console.provision;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Minutes as hours with one decimal, "12.5", the way time is reported to a local authority. */
public final class Hours {
    private Hours() {
    }

    public static String of(long minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP).toPlainString();
    }
}
