package uk.graduated.server.console.reports;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** The census page: the counts on the chosen day, and the coming January census day to choose. */
public record CensusView(CensusCounts counts, LocalDate today) {
    /**
     * The spring census is taken on the third Thursday of January (check against the DfE's guide for
     * the year): the one in this school year.
     */
    public LocalDate januaryCensusDay() {
        int year = today.getMonthValue() >= 9 ? today.getYear() + 1 : today.getYear();
        return LocalDate.of(year, 1, 1).with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.THURSDAY));
    }

    public String csvHref() {
        return "/console/reports/census.csv?on=" + counts.on();
    }
}
