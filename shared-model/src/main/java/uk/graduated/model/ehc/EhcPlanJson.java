package uk.graduated.model.ehc;

import com.google.gson.JsonObject;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import uk.graduated.model.json.JsonFields;
import uk.graduated.model.json.JsonOut;
import uk.graduated.model.json.RecordJson;

/** JSON form of an {@link EhcPlan}. Derived dates (review due, report due) are never sent. */
public final class EhcPlanJson {
    /** Every field of the JSON form, e.g. for merging an edited record field by field. */
    public static final Set<String> FIELDS = Set.of("id", "pupilId", "issueDate", "lastAnnualReviewDate",
            "nextReviewMeetingDate", "invitationSentDate", "localAuthority");

    private EhcPlanJson() {
    }

    public static JsonObject toJson(EhcPlan plan) {
        return new JsonOut()
                .put("id", plan.id())
                .put("pupilId", plan.pupilId())
                .put("issueDate", plan.issueDate())
                .put("lastAnnualReviewDate", plan.lastAnnualReviewDate())
                .put("nextReviewMeetingDate", plan.nextReviewMeetingDate())
                .put("invitationSentDate", plan.invitationSentDate())
                .put("localAuthority", plan.localAuthority())
                .build();
    }

    public static EhcPlan fromJson(JsonFields f) {
        int mark = RecordJson.mark(f);
        f.rejectUnknown(FIELDS);
        UUID id = f.requiredUuid("id");
        UUID pupilId = f.requiredUuid("pupilId");
        LocalDate issueDate = f.requiredDate("issueDate");
        LocalDate lastAnnualReviewDate = f.optionalDate("lastAnnualReviewDate");
        LocalDate nextReviewMeetingDate = f.optionalDate("nextReviewMeetingDate");
        LocalDate invitationSentDate = f.optionalDate("invitationSentDate");
        String localAuthority = f.requiredString("localAuthority");
        return RecordJson.build(f, mark, () -> new EhcPlan(id, pupilId, issueDate, lastAnnualReviewDate,
                nextReviewMeetingDate, invitationSentDate, localAuthority));
    }
}
