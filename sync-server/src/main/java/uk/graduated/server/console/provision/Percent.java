package uk.graduated.server.console.provision;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A share as a whole percentage, rounded half up: "85%"; a dash when there is nothing to share. */
public final class Percent {
    private Percent() {
    }

    public static String of(long part, long whole) {
        if (whole == 0) {
            return "–";
        }
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 0, RoundingMode.HALF_UP) + "%";
    }
}
