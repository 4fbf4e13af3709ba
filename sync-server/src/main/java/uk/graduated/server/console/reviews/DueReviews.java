package uk.graduated.server.console.reviews;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import uk.graduated.model.ehc.AnnualReviewRules;
import uk.graduated.model.ehc.AnnualReviewStatus;
import uk.graduated.model.ehc.EhcPlan;
import uk.graduated.model.plan.CycleStage;
import uk.graduated.model.plan.PlanCycle;
import uk.graduated.model.plan.PlanReviewRules;
import uk.graduated.model.plan.ReviewDue;
import uk.graduated.server.console.pupil.PupilNames;
import uk.graduated.server.console.pupil.PupilRef;

/**
 * The reviews of a school's pupils on roll, with their status decided by the shared model's rules:
 * support-plan cycles by {@link PlanReviewRules}, EHC annual reviews by {@link AnnualReviewRules}. The
 * home page lists those due soon or overdue; the reviews page lists them over a chosen window and on
 * a calendar.
 */
public final class DueReviews {
    /**
     * Days before a support-plan review to invite the parents. No law sets it (the Code of Practice
     * asks that parents take part in reviews); it is the rules' own two-week "due soon" warning.
     */
    public static final int PARENT_NOTICE_DAYS = PlanReviewRules.DEFAULT_DUE_SOON_DAYS;

    private final Handle handle;
    private final UUID schoolId;
    private final ReviewDatesDao dao;

    public DueReviews(Handle handle, UUID schoolId) {
        this.handle = handle;
        this.schoolId = schoolId;
        this.dao = new ReviewDatesDao(handle, schoolId);
    }

    /** Every open cycle's review, soonest first, with its status for a warning window of {@code dueSoonDays}. */
    public List<PlanReviewDue> planReviews(LocalDate today, int dueSoonDays) {
        List<ReviewDatesDao.CycleRow> rows = dao.openCycles(today);
        Map<UUID, PupilRef> names = names(rows.stream().map(ReviewDatesDao.CycleRow::pupilId).collect(Collectors.toList()));
        List<PlanReviewDue> reviews = new ArrayList<>();
        for (ReviewDatesDao.CycleRow row : rows) {
            CycleStage stage = CycleStage.fromCode(row.status()).orElse(CycleStage.DO);
            ReviewDue status = PlanReviewRules.status(
                    new PlanCycle(row.id(), row.planId(), row.startDate(), row.reviewDate(), stage), today, dueSoonDays);
            reviews.add(new PlanReviewDue(names.get(row.pupilId()), row.reviewDate(), status, stageLabel(stage),
                    row.reviewDate().minusDays(PARENT_NOTICE_DAYS)));
        }
        reviews.sort(Comparator.comparing(PlanReviewDue::reviewDate).thenComparing(r -> r.pupil().name()));
        return reviews;
    }

    /** Those of {@link #planReviews} due within {@code dueSoonDays} or overdue. */
    public List<PlanReviewDue> duePlanReviews(LocalDate today, int dueSoonDays) {
        return planReviews(today, dueSoonDays).stream()
                .filter(r -> r.status() == ReviewDue.DUE_SOON || r.status() == ReviewDue.OVERDUE)
                .collect(Collectors.toList());
    }

    /** Every EHC plan's next annual review, earliest due first, for a warning window of {@code dueSoonDays}. */
    public List<EhcReviewDue> ehcReviews(LocalDate today, int dueSoonDays) {
        List<ReviewDatesDao.EhcRow> rows = dao.ehcPlans(today);
        Map<UUID, PupilRef> names = names(rows.stream().map(ReviewDatesDao.EhcRow::pupilId).collect(Collectors.toList()));
        List<EhcReviewDue> reviews = new ArrayList<>();
        for (ReviewDatesDao.EhcRow row : rows) {
            EhcPlan plan = new EhcPlan(row.id(), row.pupilId(), row.issueDate(), row.lastReview(), row.nextMeeting(),
                    row.invitationSent(), row.localAuthority());
            LocalDate dob = row.dateOfBirth();
            reviews.add(new EhcReviewDue(names.get(row.pupilId()), AnnualReviewRules.reviewDueDate(plan, dob),
                    AnnualReviewRules.status(plan, dob, today, dueSoonDays), row.nextMeeting(),
                    AnnualReviewRules.latestInvitationDate(plan, dob), row.invitationSent(),
                    AnnualReviewRules.invitationLate(plan, dob, today), row.localAuthority(),
                    AnnualReviewRules.reviewsAsUnderFive(plan, dob)));
        }
        reviews.sort(Comparator.comparing(EhcReviewDue::dueDate).thenComparing(r -> r.pupil().name()));
        return reviews;
    }

    /** Those of {@link #ehcReviews} due within {@code dueSoonDays} or overdue. */
    public List<EhcReviewDue> dueEhcReviews(LocalDate today, int dueSoonDays) {
        return ehcReviews(today, dueSoonDays).stream()
                .filter(r -> r.status() != AnnualReviewStatus.OK)
                .collect(Collectors.toList());
    }

    /** The EHC plans' last annual reviews, as recorded on each plan: pupil and date. */
    List<HeldReview> ehcReviewsHeld(LocalDate today) {
        List<ReviewDatesDao.EhcRow> rows = dao.ehcPlans(today).stream().filter(r -> r.lastReview() != null)
                .collect(Collectors.toList());
        Map<UUID, PupilRef> names = names(rows.stream().map(ReviewDatesDao.EhcRow::pupilId).collect(Collectors.toList()));
        return rows.stream().map(r -> new HeldReview(names.get(r.pupilId()), r.lastReview())).collect(Collectors.toList());
    }

    /** Support plan reviews held from {@code from} to {@code to}. */
    List<HeldReview> planReviewsHeld(LocalDate from, LocalDate to) {
        List<ReviewDatesDao.HeldRow> rows = dao.planReviewsHeld(from, to);
        Map<UUID, PupilRef> names = names(rows.stream().map(ReviewDatesDao.HeldRow::pupilId).collect(Collectors.toList()));
        return rows.stream().map(r -> new HeldReview(names.get(r.pupilId()), r.date())).collect(Collectors.toList());
    }

    /** A review meeting that took place. */
    record HeldReview(PupilRef pupil, LocalDate date) {
    }

    private Map<UUID, PupilRef> names(List<UUID> ids) {
        return new PupilNames(handle, schoolId).of(ids);
    }

    private static String stageLabel(CycleStage stage) {
        return switch (stage) {
            case ASSESS -> "Assess";
            case PLAN -> "Plan";
            case DO -> "Do";
            case REVIEW -> "Review";
            case CLOSED -> "Closed";
        };
    }
}
