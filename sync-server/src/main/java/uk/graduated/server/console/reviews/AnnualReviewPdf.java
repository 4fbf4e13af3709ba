package uk.graduated.server.console.reviews;

import java.util.ArrayList;
import java.util.List;
import uk.graduated.model.pupil.PupilRules;
import uk.graduated.model.session.Rating;
import uk.graduated.server.console.pdf.PdfReport;
import uk.graduated.server.console.pdf.PdfReport.Fact;
import uk.graduated.server.console.pupil.EhcSummary;
import uk.graduated.server.console.pupil.PupilRecords;
import uk.graduated.server.console.pupil.RatingPoint;
import uk.graduated.server.console.reports.Figures;

/** Lays out a {@link PackView} as the printable annual review pack, with space left for the meeting. */
public final class AnnualReviewPdf {
    private AnnualReviewPdf() {
    }

    public static byte[] render(PackView view, String schoolName) {
        PdfReport report = new PdfReport("Annual review pack: " + view.pupil().ref().name(), schoolName, view.today());
        report.paragraph("Prepared for the review meeting. Figures cover the 12 months from " + Figures.date(view.from())
                + " to " + Figures.date(view.today()) + ". Confidential: this pack holds special-category personal data.");
        pupil(report, view);
        needs(report, view);
        plans(report, view);
        targets(report, view);
        provision(report, view);
        attendance(report, view);
        observations(report, view);
        report.pageBreak();
        report.heading("For the meeting");
        report.paragraph("To be completed at the review meeting.");
        report.writingSpace("Pupil's views", 6);
        report.writingSpace("Parents' or carers' views", 6);
        report.writingSpace("Professionals' views", 6);
        report.writingSpace("Agreed outcomes and next steps", 8);
        return report.toBytes();
    }

    private static void pupil(PdfReport report, PackView view) {
        PupilRecords.Details p = view.pupil();
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("Name", p.legalName() + (p.preferredName() == null ? "" : " (known as " + p.preferredName() + ")")));
        facts.add(new Fact("Date of birth", Figures.date(p.dateOfBirth()) + " (age "
                + PupilRules.ageOn(p.dateOfBirth(), view.today()) + ")"));
        facts.add(new Fact("Year group", p.year() == null ? "Not recorded" : p.year().label()
                + (p.className() == null ? "" : ", " + p.className())));
        facts.add(new Fact("UPN", p.upn() == null ? "Not recorded" : p.upn()));
        facts.add(new Fact("SEN provision", view.provision().censusCode() + ": " + view.provision().description()
                + (view.provisionSince() == null ? "" : " since " + Figures.date(view.provisionSince()))));
        List<String> flags = new ArrayList<>();
        if (p.lookedAfter()) {
            flags.add("Looked after");
        } else if (p.previouslyLookedAfter()) {
            flags.add("Previously looked after");
        }
        if (p.pupilPremium()) {
            flags.add("Pupil premium");
        }
        if (p.eal()) {
            flags.add("English as an additional language");
        }
        facts.add(new Fact("Also", flags.isEmpty() ? "None recorded" : String.join(", ", flags)));
        report.heading("Pupil");
        report.facts(facts);
    }

    private static void needs(PdfReport report, PackView view) {
        report.heading("Needs");
        if (view.needs().isEmpty()) {
            report.paragraph("No need is open today.");
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (PupilRecords.Need need : view.needs()) {
            rows.add(List.of(need.rank() + " (" + need.rankLabel().toLowerCase() + ")",
                    need.type().censusCode() + ": " + need.type().description(),
                    need.type().broadArea().map(a -> a.label()).orElse("None of the four"), Figures.date(need.startDate())));
        }
        report.table(List.of("Rank", "Need", "Broad area", "Since"), rows, 1.2f, 3f, 2.4f, 1.3f);
    }

    private static void plans(PdfReport report, PackView view) {
        EhcSummary ehc = view.ehc();
        if (ehc != null) {
            report.heading("EHC plan");
            List<Fact> facts = new ArrayList<>();
            facts.add(new Fact("Local authority", ehc.plan().localAuthority()));
            facts.add(new Fact("Issued", Figures.date(ehc.plan().issueDate())));
            facts.add(new Fact("Last annual review", ehc.plan().lastAnnualReviewDate() == null ? "None yet"
                    : Figures.date(ehc.plan().lastAnnualReviewDate())));
            facts.add(new Fact("This review due by", Figures.date(ehc.reviewDueDate())
                    + (ehc.underFiveReviews() ? " (every 6 months: under five at the last review)" : " (within 12 months)")));
            facts.add(new Fact("Meeting", ehc.plan().nextReviewMeetingDate() == null ? "Not booked"
                    : Figures.date(ehc.plan().nextReviewMeetingDate())));
            facts.add(new Fact("Invitations", ehc.plan().invitationSentDate() != null
                    ? "Sent " + Figures.date(ehc.plan().invitationSentDate())
                    : "To go out by " + Figures.date(ehc.latestInvitationDate()) + " (at least 2 weeks before the meeting)"));
            if (ehc.reportToLaDueDate() != null) {
                facts.add(new Fact("Report to the LA by", Figures.date(ehc.reportToLaDueDate())
                        + " (within 2 weeks of the meeting)"));
            }
            report.facts(facts);
        }
        report.heading("Support plan");
        PupilRecords.Cycle cycle = view.cycle();
        if (cycle == null) {
            report.paragraph("No support plan recorded.");
            return;
        }
        report.facts(List.of(new Fact(cycle.stage().isOpen() ? "Current cycle" : "Latest cycle",
                        "From " + Figures.date(cycle.startDate()) + ", review " + Figures.date(cycle.reviewDate())),
                new Fact("Stage", cycle.stageLabel())));
        if (!cycle.strategies().isEmpty()) {
            report.subheading("Strategies");
            List<List<String>> rows = new ArrayList<>();
            cycle.strategies().forEach(s -> rows.add(List.of(s.text(), s.who())));
            report.table(List.of("Strategy", "Who"), rows, 3f, 1f);
        }
    }

    private static void targets(PdfReport report, PackView view) {
        report.heading("Targets and progress");
        report.paragraph("Staff rate each target in the sessions they log, on a four-point scale: "
                + Rating.NOT_YET.description() + " (1), " + Rating.WITH_LOTS_OF_HELP.description().toLowerCase() + " (2), "
                + Rating.WITH_SOME_HELP.description().toLowerCase() + " (3), " + Rating.INDEPENDENTLY.description().toLowerCase()
                + " (4). Change is the latest rating minus the first, in the period.");
        if (view.targets().isEmpty()) {
            report.paragraph("No active target and no target rated in the period.");
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (TargetLine line : view.targets()) {
            rows.add(List.of(line.target().outcome() + " (" + line.target().statusLabel().toLowerCase() + ")",
                    String.valueOf(line.sessionsRated()), rating(line.first()), rating(line.latest()),
                    line.first() == null ? "–" : (line.change() > 0 ? "+" : "") + line.change()));
        }
        report.table(List.of("Target", "Sessions rated", "First", "Latest", "Change"), rows, 2.7f, 0.9f, 2.1f, 2.1f, 0.8f);
    }

    private static String rating(RatingPoint point) {
        return point == null ? "Not rated" : point.rating().description() + "\n" + Figures.date(point.date());
    }

    private static void provision(PdfReport report, PackView view) {
        report.heading("Provision and cost");
        report.paragraph("Interventions in the period. Planned sessions follow each schedule over the days the pupil was "
                + "in the group, skipping the school's closures (every scheduled weekday counts if no term dates are "
                + "entered). Cost share is the adult time delivered in the sessions the pupil was on the register of, "
                + "at the intervention's hourly staff cost, plus its resources, divided equally among the pupils on "
                + "those registers.");
        if (view.interventions().isEmpty()) {
            report.paragraph("The pupil was in no intervention group in the period.");
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (InterventionLine line : view.interventions()) {
            rows.add(List.of(line.name(), line.schedule(), String.valueOf(line.planned()), String.valueOf(line.delivered()),
                    Figures.hours(line.attendedMinutes()), Figures.money(line.costSharePence())));
        }
        rows.add(List.of("Total", "", "", String.valueOf(view.totalDelivered()), Figures.hours(view.totalAttendedMinutes()),
                Figures.money(view.totalCostPence())));
        report.table(List.of("Intervention", "Schedule", "Planned", "Delivered", "Time received", "Cost share"), rows,
                2.2f, 2.6f, 1f, 1f, 1.3f, 1.2f);
    }

    private static void attendance(PdfReport report, PackView view) {
        report.heading("Attendance at interventions");
        if (view.interventions().isEmpty()) {
            report.paragraph("No sessions to attend in the period.");
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (InterventionLine line : view.interventions()) {
            rows.add(List.of(line.name(), String.valueOf(line.delivered()), String.valueOf(line.attended()),
                    String.valueOf(line.absent()), Figures.percent(line.attended(), line.delivered()),
                    line.absences().isEmpty() ? "–" : line.absences()));
        }
        rows.add(List.of("Total", String.valueOf(view.totalDelivered()), String.valueOf(view.totalAttended()),
                String.valueOf(view.totalDelivered() - view.totalAttended()),
                Figures.percent(view.totalAttended(), view.totalDelivered()), ""));
        report.table(List.of("Intervention", "Sessions", "Present", "Absent", "Attendance", "Absences"), rows,
                2.4f, 1f, 1f, 1f, 1.2f, 2f);
    }

    private static void observations(PdfReport report, PackView view) {
        report.heading("Recent observations");
        if (view.observations().isEmpty()) {
            report.paragraph("No observation of the pupil in the period.");
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (PupilRecords.Observation o : view.observations()) {
            String text = o.text() == null ? "(photo only)" : o.text();
            if (o.nextSteps() != null) {
                text += " Next steps: " + o.nextSteps();
            }
            rows.add(List.of(Figures.date(o.observedAt().toLocalDate()), text,
                    o.areas().isEmpty() ? "–" : String.join(", ", o.areas())));
        }
        report.table(List.of("Date", "Observation", "Areas"), rows, 1.1f, 4f, 2f);
    }
}
