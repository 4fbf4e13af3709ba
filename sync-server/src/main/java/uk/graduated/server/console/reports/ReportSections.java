package uk.graduated.server.console.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.graduated.model.session.Rating;

/** The governors' summary laid out as sections, shared by the PDF and the figures page. */
public final class ReportSections {
    private ReportSections() {
    }

    public static List<ReportSection> of(GovernorsReport r) {
        String now = "This term (" + Figures.date(r.asOf()) + ")";
        String before = "Last term (" + Figures.date(r.previousRoll().on()) + ")";
        List<ReportSection> sections = new ArrayList<>();
        sections.add(new ReportSection("roll", "Pupils with SEN", "Pupils on roll, and their SEN provision as the census "
                + "counts it, on " + Figures.date(r.asOf()) + " and on the last day of last term.",
                List.of("Pupils", now, before), rollRows(r), chart("Pupils by SEN provision, this term", r.roll().byProvision(),
                "pupils")));
        sections.add(new ReportSection("areas", "Broad area of primary need", "Pupils with SEN (E or K) by the broad area "
                + "of their primary need.", List.of("Broad area", now, before),
                compare(r.roll().byArea(), r.previousRoll().byArea()), chart("Pupils with SEN by broad area, this term",
                r.roll().byArea(), "pupils")));
        sections.add(new ReportSection("needs", "Primary need", "Pupils with SEN by primary need (census codes); needs "
                + "no pupil has in either term are left out.", List.of("Primary need", now, before),
                compare(r.roll().byPrimaryNeed(), r.previousRoll().byPrimaryNeed()), null));
        sections.add(new ReportSection("interventions", "Interventions delivered", "Sessions logged by staff in the term "
                + "to date. Cost is the adult time delivered at each intervention's hourly staff cost, plus the resources "
                + "of interventions that started in the term.", List.of("Measure", r.term().label(),
                r.previousTerm().label()), deliveryRows(r.delivery(), r.previousDelivery()), hoursChart(r)));
        sections.add(new ReportSection("progress", "Progress on targets", "Staff rate each pupil's targets in sessions "
                + "from " + Rating.NOT_YET.description() + " (1) to " + Rating.INDEPENDENTLY.description().toLowerCase(Locale.UK)
                + " (4). Progress is the latest rating minus the first in the term, averaged over targets rated in at "
                + "least two sessions.", List.of("Measure", r.term().label(), r.previousTerm().label()),
                progressRows(r.delivery(), r.previousDelivery()), progressChart(r.delivery())));
        sections.add(new ReportSection("ehc", "EHC annual reviews", "Reviews recorded as held in the term, and whether "
                + "each was held within 12 months of the plan's issue or previous review (6 months for a child under five).",
                List.of("Measure", r.term().label(), r.previousTerm().label()), ehcRows(r), null));
        return sections;
    }

    private static List<List<String>> rollRows(GovernorsReport r) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("On roll", String.valueOf(r.roll().onRoll()), String.valueOf(r.previousRoll().onRoll())));
        rows.add(List.of("With SEN (E or K)", r.roll().senPupils().display(), r.previousRoll().senPupils().display()));
        rows.add(List.of("Share of the roll with SEN", r.roll().senShare(), r.previousRoll().senShare()));
        rows.addAll(compare(r.roll().byProvision(), r.previousRoll().byProvision()));
        return rows;
    }

    /** The rows of two breakdowns side by side, leaving out categories that are 0 in both. */
    private static List<List<String>> compare(Breakdown now, Breakdown before) {
        List<List<String>> rows = new ArrayList<>();
        for (Breakdown.Row row : now.rows()) {
            PupilCount earlier = before.rows().stream().filter(b -> b.label().equals(row.label()))
                    .map(Breakdown.Row::count).findFirst().orElse(PupilCount.of(0));
            if (row.count().value() > 0 || earlier.value() > 0 || now.rows().size() <= 3) {
                rows.add(List.of(row.label(), row.count().display(), earlier.display()));
            }
        }
        for (Breakdown.Row row : before.rows()) {
            if (now.rows().stream().noneMatch(n -> n.label().equals(row.label())) && row.count().value() > 0) {
                rows.add(List.of(row.label(), "0", row.count().display()));
            }
        }
        return rows;
    }

    private static List<List<String>> deliveryRows(DeliveryFigures now, DeliveryFigures before) {
        return List.of(
                List.of("Interventions with sessions", String.valueOf(now.interventions()), String.valueOf(before.interventions())),
                List.of("Sessions delivered", String.valueOf(now.sessions()), String.valueOf(before.sessions())),
                List.of("Adult time delivered", Figures.hours(now.minutesDelivered()), Figures.hours(before.minutesDelivered())),
                List.of("Cost", Figures.money(now.costPence()), Figures.money(before.costPence())),
                List.of("Pupils attending", now.attending().display(), before.attending().display()),
                List.of("Attendance at sessions", now.attendance(), before.attendance()));
    }

    private static List<List<String>> progressRows(DeliveryFigures now, DeliveryFigures before) {
        return List.of(
                List.of("Targets rated in two or more sessions", String.valueOf(now.targetsMeasured()),
                        String.valueOf(before.targetsMeasured())),
                List.of("Pupils with such targets", now.measured().display(), before.measured().display()),
                List.of("Average progress", now.averageProgressText(), before.averageProgressText()));
    }

    private static List<List<String>> ehcRows(GovernorsReport r) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Reviews held", r.ehcReviews().reviews().display(), r.previousEhcReviews().reviews().display()));
        rows.add(List.of("Held on time", r.ehcReviews().onTimeShare(), r.previousEhcReviews().onTimeShare()));
        if (r.overdueNow() != null) {
            rows.add(List.of("Overdue today", r.overdueNow().display(), "–"));
        }
        return rows;
    }

    private static ReportSection.Chart chart(String caption, Breakdown breakdown, String unit) {
        List<ReportSection.Bar> bars = new ArrayList<>();
        List<String> hidden = new ArrayList<>();
        for (Breakdown.Row row : breakdown.rows()) {
            if (row.count().hidden()) {
                hidden.add(row.label());
            } else if (row.count().value() > 0) {
                bars.add(new ReportSection.Bar(row.label(), row.count().value(), row.count().display()));
            }
        }
        String note = hidden.isEmpty() ? null : "Not drawn (" + PupilCount.SUPPRESSED + ", or " + PupilCount.WITHHELD + "): "
                + String.join("; ", hidden) + ".";
        return bars.isEmpty() ? null : new ReportSection.Chart(caption, bars, unit, note);
    }

    private static ReportSection.Chart hoursChart(GovernorsReport r) {
        double now = r.delivery().minutesDelivered() / 60.0;
        double before = r.previousDelivery().minutesDelivered() / 60.0;
        return new ReportSection.Chart("Adult time delivered in interventions, this term and last", List.of(
                new ReportSection.Bar(r.term().label(), now, Figures.hours(r.delivery().minutesDelivered())),
                new ReportSection.Bar(r.previousTerm().label(), before, Figures.hours(r.previousDelivery().minutesDelivered()))),
                "hours", null);
    }

    private static ReportSection.Chart progressChart(DeliveryFigures delivery) {
        List<ReportSection.Bar> bars = new ArrayList<>();
        List<String> hidden = new ArrayList<>();
        for (DeliveryFigures.InterventionProgress p : delivery.byIntervention()) {
            if (p.hidden()) {
                hidden.add(p.name());
            } else {
                bars.add(new ReportSection.Bar(p.name(), p.average().doubleValue(), Figures.change(p.average())));
            }
        }
        String note = hidden.isEmpty() ? null : "Not drawn (rated pupils " + PupilCount.SUPPRESSED + "): "
                + String.join("; ", hidden) + ".";
        if (bars.isEmpty()) {
            return note == null ? null : new ReportSection.Chart("Average progress per intervention", bars, "points", note);
        }
        return new ReportSection.Chart("Average progress per intervention", bars, "points", note);
    }
}
