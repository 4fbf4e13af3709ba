package uk.graduated.server.console.provision;

import java.util.ArrayList;
import java.util.List;
import uk.graduated.server.console.pdf.PdfReport;
import uk.graduated.server.console.web.Dates;

/** A pupil's costed provision map as a PDF to attach to an EHC needs assessment request or annual review. */
public final class ProvisionPdf {
    private ProvisionPdf() {
    }

    public static byte[] pupilMap(PupilProvisionMap map, String schoolName) {
        PdfReport report = new PdfReport("Costed provision map", schoolName, map.period().today());
        report.facts(List.of(
                new PdfReport.Fact("Pupil", map.pupil().name()),
                new PdfReport.Fact("Date of birth", Dates.date(map.dateOfBirth())),
                new PdfReport.Fact("UPN", map.upn() == null ? "None recorded" : map.upn()),
                new PdfReport.Fact("Year group", map.yearGroup()),
                new PdfReport.Fact("SEN provision", map.provision()),
                new PdfReport.Fact("Period", capitalised(map.period().label())),
                new PdfReport.Fact("Counted to", Dates.date(map.period().countedTo()))));
        report.heading("Provision and cost");
        if (map.lines().isEmpty()) {
            report.paragraph(map.pupil().name() + " was in no intervention group in " + map.period().label() + ".");
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (PupilCostLine l : map.lines()) {
                rows.add(List.of(l.intervention().name() + " (" + l.intervention().areaOfNeed().label() + ")",
                        l.frequency() + ", " + l.when(),
                        Dates.date(l.window().from()) + " to " + Dates.date(l.window().to()),
                        l.groupSize() + " (" + l.staffRatio() + ")",
                        l.attended() + " of " + l.planned(), l.attendedHours(), l.cost()));
            }
            rows.add(List.of("Total", "", "", "", map.totalAttended() + " of " + map.totalPlanned(), map.totalHours(),
                    map.total()));
            report.table(List.of("Intervention", "Frequency", "In the group", "Group size", "Sessions attended",
                    "Hours", "Cost"), rows, 3.2f, 2.6f, 2.2f, 1.2f, 1.3f, 0.9f, 1.2f);
        }
        report.heading("How the cost is worked out");
        report.paragraph("For each intervention: the hourly cost of the adult who runs it times the time delivered while "
                + map.pupil().name() + " was in the group, plus the intervention's one-off resources if it started in "
                + "this period, shared equally by the pupils in the group then. Sessions attended are those the pupil was "
                + "marked present at, of the sessions the intervention's timetable planned; term dates are not recorded, "
                + "so every scheduled day counts as planned.");
        if (map.isYear()) {
            report.paragraph("Schools meet about the first " + Money.gbp(PupilProvisionMap.NOTIONAL_THRESHOLD_PENCE)
                    + " a year of a pupil's additional SEN support from their notional SEN budget. This map totals "
                    + map.total() + " for " + map.period().name() + " to " + Dates.date(map.period().countedTo()) + ".");
        }
        return report.toBytes();
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
