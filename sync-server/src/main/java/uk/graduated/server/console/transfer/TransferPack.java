package uk.graduated.server.console.transfer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.graduated.server.console.pdf.PdfReport;
import uk.graduated.server.console.pupil.EhcSummary;
import uk.graduated.server.console.pupil.PupilRecords;
import uk.graduated.server.console.pupil.PupilView;
import uk.graduated.server.console.pupil.RatingPoint;
import uk.graduated.server.console.pupil.TargetChart;
import uk.graduated.server.console.web.Dates;

/**
 * The confidential transfer pack for the receiving school's SENCO: what the CTF does not carry. The
 * pupil's details, provision and needs with their history, the EHC plan's dates, every support plan
 * cycle with its targets, strategies and reviews, progress in interventions and in session ratings,
 * and the contacts with parents, carers and agencies.
 */
final class TransferPack {
    private TransferPack() {
    }

    static byte[] pdf(PupilView view, String schoolName, LocalDate today) {
        PupilRecords.Details pupil = view.pupil();
        PdfReport report = new PdfReport("Confidential SEN transfer pack: " + pupil.ref().name(), schoolName, today);
        report.paragraph("For the SENCO of the pupil's next school. It holds special-category personal data: keep it "
                + "securely and share it only with staff who need it. The Common Transfer File carries the census "
                + "SEN history; this pack carries the plans and the evidence behind them.");
        details(report, view);
        provisionAndNeeds(report, view);
        ehc(report, view.ehc());
        plans(report, view.cycles());
        progress(report, view);
        contacts(report, view.contacts());
        return report.toBytes();
    }

    private static void details(PdfReport report, PupilView view) {
        PupilRecords.Details p = view.pupil();
        report.heading("Pupil");
        List<PdfReport.Fact> facts = new ArrayList<>();
        facts.add(new PdfReport.Fact("Legal name", p.legalName()));
        if (p.preferredName() != null) {
            facts.add(new PdfReport.Fact("Known as", p.preferredName()));
        }
        facts.add(new PdfReport.Fact("Date of birth", Dates.day(p.dateOfBirth())));
        facts.add(new PdfReport.Fact("UPN", p.upn() == null ? "None recorded" : p.upn()));
        facts.add(new PdfReport.Fact("Year group", p.year() == null ? "" : p.year().label()));
        facts.add(new PdfReport.Fact("Class", p.className()));
        facts.add(new PdfReport.Fact("Looked after", p.lookedAfter() ? "Yes" : p.previouslyLookedAfter() ? "Previously" : "No"));
        facts.add(new PdfReport.Fact("Pupil premium", p.pupilPremium() ? "Yes" : "No"));
        facts.add(new PdfReport.Fact("EAL", p.eal() ? "Yes" : "No"));
        facts.add(new PdfReport.Fact("Left", p.leftOn() == null ? "Still on roll" : Dates.day(p.leftOn())));
        report.facts(facts);
    }

    private static void provisionAndNeeds(PdfReport report, PupilView view) {
        report.heading("SEN provision and needs");
        report.paragraph("Current provision: " + view.currentProvision().censusCode() + " ("
                + view.currentProvision().description() + ").");
        if (view.provisions().isEmpty()) {
            report.paragraph("No SEN provision recorded.");
        } else {
            List<List<String>> rows = new ArrayList<>();
            view.provisions().forEach(p -> rows.add(List.of(p.provision().censusCode() + " " + p.provision().description(),
                    Dates.day(p.startDate()), p.endDate() == null ? "Current" : Dates.day(p.endDate()))));
            report.table(List.of("Provision", "From", "Until"), rows, 2f, 1f, 1f);
        }
        if (view.needs().isEmpty()) {
            report.paragraph("No type of need recorded.");
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        view.needs().forEach(n -> rows.add(List.of(n.rank() + " (" + n.rankLabel() + ")",
                n.type().censusCode() + " " + n.type().description(), Dates.day(n.startDate()),
                n.endDate() == null ? "Open" : Dates.day(n.endDate()))));
        report.table(List.of("Rank", "Need", "From", "Until"), rows, 1f, 3f, 1.2f, 1.2f);
    }

    private static void ehc(PdfReport report, EhcSummary ehc) {
        report.heading("EHC plan");
        if (ehc == null) {
            report.paragraph("No EHC plan.");
            return;
        }
        report.facts(List.of(
                new PdfReport.Fact("Local authority", ehc.plan().localAuthority()),
                new PdfReport.Fact("Issued", Dates.day(ehc.plan().issueDate())),
                new PdfReport.Fact("Last annual review", ehc.plan().lastAnnualReviewDate() == null ? "None yet"
                        : Dates.day(ehc.plan().lastAnnualReviewDate())),
                new PdfReport.Fact("Next review due by", Dates.day(ehc.reviewDueDate())),
                new PdfReport.Fact("Review meeting", ehc.plan().nextReviewMeetingDate() == null ? "Not booked"
                        : Dates.day(ehc.plan().nextReviewMeetingDate()))));
    }

    private static void plans(PdfReport report, List<PupilRecords.Cycle> cycles) {
        report.heading("Support plan");
        if (cycles.isEmpty()) {
            report.paragraph("No support plan recorded.");
            return;
        }
        for (PupilRecords.Cycle cycle : cycles) {
            report.subheading("Cycle from " + Dates.day(cycle.startDate()) + " (" + cycle.stageLabel() + "), review "
                    + Dates.day(cycle.reviewDate()));
            if (!cycle.targets().isEmpty()) {
                List<List<String>> rows = new ArrayList<>();
                cycle.targets().forEach(t -> rows.add(List.of(t.outcome(), t.measure(),
                        orDash(t.baseline()) + " to " + (t.goal() == null ? "as stated" : t.goal()), t.statusLabel())));
                report.table(List.of("Outcome", "Measure", "Baseline to goal", "Status"), rows, 3f, 2f, 2f, 1.2f);
            }
            cycle.strategies().forEach(s -> report.paragraph("Strategy: " + s.text() + " (" + s.who() + ")"));
            for (PupilRecords.Review r : cycle.reviews()) {
                report.paragraph("Review on " + Dates.day(r.date()) + " with " + r.attendees() + ".");
                if (!r.progress().isEmpty()) {
                    List<List<String>> rows = new ArrayList<>();
                    r.progress().forEach(p -> rows.add(List.of(p.target(), p.ratingLabel(), orDash(p.comment()))));
                    report.table(List.of("Target", "Progress", "Comment"), rows, 3f, 1.3f, 3f);
                }
                report.paragraph("Decisions: " + r.decisions());
                if (r.pupilViews() != null) {
                    report.paragraph("Pupil's views: " + r.pupilViews());
                }
                if (r.parentCarerViews() != null) {
                    report.paragraph("Parents' or carers' views: " + r.parentCarerViews());
                }
            }
        }
    }

    private static void progress(PdfReport report, PupilView view) {
        report.heading("Progress");
        if (view.groups().isEmpty()) {
            report.paragraph("Not in any intervention group.");
        } else {
            List<List<String>> rows = new ArrayList<>();
            view.groups().forEach(g -> rows.add(List.of(g.intervention(), Dates.day(g.joined()),
                    g.left() == null ? "Still attending" : Dates.day(g.left()),
                    (g.entry() == null ? "-" : g.entry().toPlainString()) + " to "
                            + (g.exit() == null ? "-" : g.exit().toPlainString()) + " " + g.unit())));
            report.table(List.of("Intervention", "Joined", "Left", "Entry to exit"), rows, 2.5f, 1.2f, 1.2f, 2f);
        }
        List<List<String>> ratings = new ArrayList<>();
        for (TargetChart chart : view.charts()) {
            List<RatingPoint> points = chart.ratings();
            if (points.isEmpty()) {
                continue;
            }
            ratings.add(List.of(chart.target().outcome(), String.valueOf(points.size()),
                    Dates.day(points.get(0).date()) + " to " + Dates.day(points.get(points.size() - 1).date()),
                    points.get(0).rating().description(), points.get(points.size() - 1).rating().description()));
        }
        if (!ratings.isEmpty()) {
            report.subheading("Session ratings: how much help the pupil needed with each target");
            report.table(List.of("Target", "Sessions", "Period", "First", "Latest"), ratings, 3f, 0.9f, 2.2f, 1.4f, 1.4f);
        }
    }

    private static void contacts(PdfReport report, List<PupilRecords.Contact> contacts) {
        report.heading("Contacts with parents, carers and agencies");
        if (contacts.isEmpty()) {
            report.paragraph("No contact recorded.");
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        contacts.forEach(c -> rows.add(List.of(Dates.day(c.date()), c.withWhom(), c.method(), c.summary())));
        report.table(List.of("Date", "With", "How", "Summary"), rows, 1.3f, 1.6f, 1f, 4f);
    }

    private static String orDash(String text) {
        return text == null ? "-" : text;
    }
}
