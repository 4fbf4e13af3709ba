package uk.graduated.server.console.provision;

import java.time.LocalDate;
import uk.graduated.server.console.web.Dates;

/** Sessions planned and delivered in the week starting {@code monday} (to the day counted). */
public record WeekCell(LocalDate monday, int planned, int delivered) {
    public boolean underPlan() {
        return delivered < planned;
    }

    /** Nothing planned and nothing logged: the intervention was not running that week. */
    public boolean idle() {
        return planned == 0 && delivered == 0;
    }

    /** "2 of 3". */
    public String text() {
        return delivered + " of " + planned;
    }

    public String weekLabel() {
        return Dates.shortDay(monday);
    }
}
