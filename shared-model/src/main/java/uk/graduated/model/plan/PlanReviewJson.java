package uk.graduated.model.plan;

import com.google.gson.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import uk.graduated.model.json.JsonFields;
import uk.graduated.model.json.JsonOut;
import uk.graduated.model.json.RecordJson;

/**
 * JSON form of a {@link PlanReview}, with progress ({@code targetId}, {@code rating},
 * {@code comment}) and attendees ({@code name}, {@code role}) as nested objects.
 */
public final class PlanReviewJson {
    /** Every field of the JSON form, e.g. for merging an edited record field by field. */
    public static final Set<String> FIELDS = Set.of("id", "cycleId", "date", "progress", "decisions",
            "attendees", "pupilViews", "parentCarerViews");
    static final Set<String> PROGRESS_FIELDS = Set.of("targetId", "rating", "comment");
    static final Set<String> ATTENDEE_FIELDS = Set.of("name", "role");
    private static final String RATINGS = Arrays.stream(ProgressRating.values())
            .map(ProgressRating::code).collect(Collectors.joining(", "));
    private static final String ROLES = Arrays.stream(AttendeeRole.values())
            .map(AttendeeRole::code).collect(Collectors.joining(", "));

    private PlanReviewJson() {
    }

    public static JsonObject toJson(PlanReview review) {
        return new JsonOut()
                .put("id", review.id())
                .put("cycleId", review.cycleId())
                .put("date", review.date())
                .putList("progress", review.progress(), PlanReviewJson::progressJson)
                .put("decisions", review.decisions())
                .putList("attendees", review.attendees(), PlanReviewJson::attendeeJson)
                .put("pupilViews", review.pupilViews())
                .put("parentCarerViews", review.parentCarerViews())
                .build();
    }

    public static PlanReview fromJson(JsonFields f) {
        int mark = RecordJson.mark(f);
        f.rejectUnknown(FIELDS);
        UUID id = f.requiredUuid("id");
        UUID cycleId = f.requiredUuid("cycleId");
        LocalDate date = f.requiredDate("date");
        List<TargetProgress> progress = new ArrayList<>();
        for (JsonFields p : f.objectList("progress")) {
            progress.add(progress(p));
        }
        String decisions = f.requiredString("decisions");
        List<Attendee> attendees = new ArrayList<>();
        for (JsonFields a : f.objectList("attendees")) {
            attendees.add(attendee(a));
        }
        String pupilViews = f.optionalString("pupilViews");
        String parentCarerViews = f.optionalString("parentCarerViews");
        return RecordJson.build(f, mark, () -> new PlanReview(id, cycleId, date, progress, decisions,
                attendees, pupilViews, parentCarerViews));
    }

    private static JsonObject progressJson(TargetProgress p) {
        return new JsonOut()
                .put("targetId", p.targetId())
                .putCode("rating", p.rating(), ProgressRating::code)
                .put("comment", p.comment())
                .build();
    }

    private static JsonObject attendeeJson(Attendee a) {
        return new JsonOut()
                .put("name", a.name())
                .putCode("role", a.role(), AttendeeRole::code)
                .build();
    }

    private static TargetProgress progress(JsonFields f) {
        int mark = RecordJson.mark(f);
        f.rejectUnknown(PROGRESS_FIELDS);
        UUID targetId = f.requiredUuid("targetId");
        ProgressRating rating = f.requiredCode("rating", ProgressRating::fromCode, RATINGS);
        String comment = f.optionalString("comment");
        return RecordJson.buildOrNull(f, mark, () -> new TargetProgress(targetId, rating, comment));
    }

    private static Attendee attendee(JsonFields f) {
        int mark = RecordJson.mark(f);
        f.rejectUnknown(ATTENDEE_FIELDS);
        String name = f.requiredString("name");
        AttendeeRole role = f.requiredCode("role", AttendeeRole::fromCode, ROLES);
        return RecordJson.buildOrNull(f, mark, () -> new Attendee(name, role));
    }
}
