package uk.graduated.server.console.pupil;

import java.time.LocalDate;
import uk.graduated.model.ehc.AnnualReviewRules;
import uk.graduated.model.ehc.AnnualReviewStatus;
import uk.graduated.model.ehc.EhcPlan;

/** An EHC plan's dates and the annual-review deadlines {@link AnnualReviewRules} derives from them. */
public record EhcSummary(EhcPlan plan, LocalDate reviewDueDate, AnnualReviewStatus status,
        LocalDate latestInvitationDate, boolean invitationLate, LocalDate reportToLaDueDate, boolean underFiveReviews) {

    public static EhcSummary of(EhcPlan plan, LocalDate dateOfBirth, LocalDate today) {
        return new EhcSummary(plan, AnnualReviewRules.reviewDueDate(plan, dateOfBirth),
                AnnualReviewRules.status(plan, dateOfBirth, today),
                AnnualReviewRules.latestInvitationDate(plan, dateOfBirth),
                AnnualReviewRules.invitationLate(plan, dateOfBirth, today),
                AnnualReviewRules.reportToLaDueDate(plan).orElse(null),
                AnnualReviewRules.reviewsAsUnderFive(plan, dateOfBirth));
    }
}
