package uk.graduated.server.console.provision;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import uk.graduated.model.intervention.Intervention;
import uk.graduated.server.console.web.Dates;

/** The provision map and a pupil's costed map as CSV, money in pounds with pence and no symbol. */
public final class ProvisionCsv {
    private ProvisionCsv() {
    }

    public static String schoolMap(ProvisionMapView view) {
        List<List<String>> rows = new ArrayList<>();
        for (InterventionLine l : view.lines()) {
            Intervention i = l.intervention();
            rows.add(List.of(i.name(), i.areaOfNeed().label(), l.status(), l.leads(), ScheduleText.days(i.schedule()),
                    i.schedule().startTime() == null ? "" : i.schedule().startTime().toString(),
                    String.valueOf(i.schedule().sessionsPerWeek()), String.valueOf(i.schedule().minutesPerSession()),
                    Dates.date(i.schedule().startDate()), Dates.date(l.endDate()), String.valueOf(l.members()),
                    String.valueOf(i.maxGroupSize()), String.valueOf(l.plannedSessions()),
                    String.valueOf(l.deliveredSessions()), l.deliveredHours(), pounds(i.costs().staffHourlyCostPence()),
                    pounds(i.costs().resourcesCostPence()), pounds(l.plannedCostPence()), pounds(l.periodCostPence()),
                    l.perPupilPence() == null ? "" : pounds(l.perPupilPence())));
        }
        return CsvFile.write(List.of("Intervention", "Area of need", "Status", "Staff", "Days", "Start time",
                "Sessions per week", "Minutes per session", "Start date", "End date", "Pupils in period",
                "Maximum group size", "Sessions planned", "Sessions delivered", "Hours delivered",
                "Staff cost per hour (GBP)", "Resources (GBP)", "Planned cost, whole intervention (GBP)",
                "Cost in period (GBP)", "Cost per pupil in period (GBP)"), rows);
    }

    public static String pupilMap(PupilProvisionMap map) {
        List<List<String>> rows = new ArrayList<>();
        for (PupilCostLine l : map.lines()) {
            rows.add(List.of(l.intervention().name(), l.intervention().areaOfNeed().label(), l.frequency(), l.when(),
                    Dates.date(l.window().from()), Dates.date(l.window().to()), String.valueOf(l.groupSize()),
                    l.staffRatio(), String.valueOf(l.planned()), String.valueOf(l.delivered()),
                    String.valueOf(l.attended()), l.attendedHours(), pounds(l.costPence())));
        }
        rows.add(List.of("Total", "", "", "", "", "", "", "", String.valueOf(map.totalPlanned()), "",
                String.valueOf(map.totalAttended()), map.totalHours(), pounds(map.totalPence())));
        return CsvFile.write(List.of("Intervention", "Area of need", "Frequency", "When", "From", "To", "Group size",
                "Staff ratio", "Sessions planned", "Sessions delivered", "Sessions attended", "Hours attended",
                "Cost to pupil (GBP)"), rows);
    }

    /** "1234.50". */
    static String pounds(long pence) {
        return BigDecimal.valueOf(pence, 2).toPlainString();
    }
}
