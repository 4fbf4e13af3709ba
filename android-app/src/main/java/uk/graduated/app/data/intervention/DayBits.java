package uk.graduated.app.data.intervention;

import java.time.DayOfWeek;
import java.util.Set;

/** Days of the week as bits of one column, so "runs on Tuesdays" is one indexed-row test. */
public final class DayBits {
    private DayBits() {
    }

    public static int of(DayOfWeek day) {
        return 1 << (day.getValue() - 1);
    }

    public static int of(Set<DayOfWeek> days) {
        int mask = 0;
        for (DayOfWeek day : days) {
            mask |= of(day);
        }
        return mask;
    }
}
