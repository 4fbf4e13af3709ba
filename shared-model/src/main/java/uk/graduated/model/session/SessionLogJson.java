package uk.graduated.model.session;

import com.google.gson.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import uk.graduated.model.json.JsonFields;
import uk.graduated.model.json.JsonOut;

/**
 * JSON form of a {@link SessionLog}. Attendance and ratings are lists of objects; a rating travels
 * as its point on the scale, 1-4.
 */
public final class SessionLogJson {
    static final Set<String> FIELDS = Set.of("id", "interventionId", "date", "startTime", "minutes", "deliveredBy",
            "attendance", "ratings", "notes", "concernFlagged", "concernText", "recordedAt", "deviceId");
    static final Set<String> ATTENDANCE_FIELDS = Set.of("pupilId", "status", "absenceReason", "note");
    static final Set<String> RATING_FIELDS = Set.of("pupilId", "targetId", "rating");

    private SessionLogJson() {
    }

    public static JsonObject toJson(SessionLog log) {
        return new JsonOut()
                .put("id", log.id())
                .put("interventionId", log.interventionId())
                .put("date", log.date())
                .put("startTime", log.startTime())
                .put("minutes", log.minutes())
                .put("deliveredBy", log.deliveredBy())
                .putList("attendance", log.attendance(), SessionLogJson::attendance)
                .putList("ratings", log.ratings(), SessionLogJson::rating)
                .put("notes", log.notes())
                .put("concernFlagged", log.concernFlagged())
                .put("concernText", log.concernText())
                .put("recordedAt", log.recordedAt())
                .put("deviceId", log.deviceId())
                .build();
    }

    public static SessionLog fromJson(JsonFields f) {
        f.rejectUnknown(FIELDS);
        UUID id = f.requiredUuid("id");
        UUID interventionId = f.requiredUuid("interventionId");
        LocalDate date = f.requiredDate("date");
        LocalTime startTime = f.optionalTime("startTime");
        int minutes = f.requiredInt("minutes");
        UUID deliveredBy = f.requiredUuid("deliveredBy");
        List<Attendance> attendance = new ArrayList<>();
        for (JsonFields element : f.objectList("attendance")) {
            attendance.add(attendance(element));
        }
        List<TargetRating> ratings = new ArrayList<>();
        for (JsonFields element : f.objectList("ratings")) {
            ratings.add(rating(element));
        }
        String notes = f.optionalString("notes");
        boolean concernFlagged = f.optionalBoolean("concernFlagged", false);
        String concernText = f.optionalString("concernText");
        Instant recordedAt = f.requiredInstant("recordedAt");
        UUID deviceId = f.requiredUuid("deviceId");
        SessionLog log = f.build(() -> new SessionLog(id, interventionId, date, startTime, minutes, deliveredBy,
                attendance, ratings, notes, concernFlagged, concernText, recordedAt, deviceId));
        f.throwIfInvalid();
        return log;
    }

    private static JsonObject attendance(Attendance a) {
        return new JsonOut()
                .put("pupilId", a.pupilId())
                .putCode("status", a.status(), AttendanceStatus::code)
                .putCode("absenceReason", a.absenceReason(), AbsenceReason::code)
                .put("note", a.note())
                .build();
    }

    private static Attendance attendance(JsonFields f) {
        f.rejectUnknown(ATTENDANCE_FIELDS);
        UUID pupilId = f.requiredUuid("pupilId");
        AttendanceStatus status = f.requiredCode("status", AttendanceStatus::fromCode, AttendanceStatus.allowedCodes());
        AbsenceReason reason = f.optionalCode("absenceReason", AbsenceReason::fromCode, AbsenceReason.allowedCodes());
        String note = f.optionalString("note");
        return f.build(() -> new Attendance(pupilId, status, reason, note));
    }

    private static JsonObject rating(TargetRating r) {
        return new JsonOut()
                .put("pupilId", r.pupilId())
                .put("targetId", r.targetId())
                .put("rating", r.rating().value())
                .build();
    }

    private static TargetRating rating(JsonFields f) {
        f.rejectUnknown(RATING_FIELDS);
        UUID pupilId = f.requiredUuid("pupilId");
        UUID targetId = f.requiredUuid("targetId");
        Integer value = f.optionalInt("rating");
        Rating rating = value == null ? null : Rating.fromValue(value).orElse(null);
        if (value != null && rating == null) {
            f.addError("rating", JsonFields.OUT_OF_RANGE, "rating must be 1, 2, 3 or 4");
        }
        return f.build(() -> new TargetRating(pupilId, targetId, rating));
    }
}
