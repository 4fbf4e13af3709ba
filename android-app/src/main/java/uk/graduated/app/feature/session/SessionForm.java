package uk.graduated.app.feature.session;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import uk.graduated.model.session.AbsenceReason;
import uk.graduated.model.session.Attendance;
import uk.graduated.model.session.AttendanceStatus;
import uk.graduated.model.session.Rating;
import uk.graduated.model.session.SessionLog;
import uk.graduated.model.session.TargetRating;
import uk.graduated.model.validation.FieldError;
import uk.graduated.model.validation.ValidationException;

/**
 * The state of the "Log session" screen, in plain Java: everyone starts present, minutes come from
 * the schedule, one tap rates a pupil on a target. {@link #save} turns it into a validated
 * {@link SessionLog} or into messages for the fields that need fixing.
 */
public final class SessionForm {
    public static final String FIELD_MINUTES = "minutes";
    public static final String FIELD_CONCERN = "concernText";
    public static final String FIELD_NOTES = "notes";
    static final String CONCERN_NEEDS_TEXT = "Say what the concern is, so the SENCO can act on it.";

    /** A pupil in the group, with the targets the TA rates in this intervention. */
    public record Member(UUID pupilId, String displayName, List<TargetChoice> targets) {
        public Member {
            targets = List.copyOf(targets);
        }
    }

    public record TargetChoice(UUID targetId, String outcome) {
    }

    /** Either the session to store, or what to fix, keyed by field (a pupil's id for a missing absence reason). */
    public record Result(SessionLog session, Map<String, String> errors) {
        public boolean saved() {
            return session != null;
        }
    }

    private final UUID interventionId;
    private final List<Member> members;
    private final LocalDate date;
    private final LocalTime startTime;
    private final UUID staffId;
    private final UUID deviceId;
    private final Map<UUID, AbsenceReason> absent = new LinkedHashMap<>();
    /** Marked absent with no reason chosen yet: saving asks for one. */
    private final Set<UUID> unexplained = new LinkedHashSet<>();
    private final Map<String, Rating> ratings = new LinkedHashMap<>();
    /** What "Other" means for an absent pupil: the record requires it. */
    private final Map<UUID, String> absenceNotes = new LinkedHashMap<>();
    private String minutes;
    private String notes = "";
    private boolean concern;
    private String concernText = "";

    public SessionForm(UUID interventionId, List<Member> members, LocalDate date, LocalTime startTime, int plannedMinutes,
                       UUID staffId, UUID deviceId) {
        this.interventionId = Objects.requireNonNull(interventionId);
        this.members = List.copyOf(members);
        this.date = Objects.requireNonNull(date);
        this.startTime = startTime;
        this.staffId = Objects.requireNonNull(staffId);
        this.deviceId = Objects.requireNonNull(deviceId);
        this.minutes = Integer.toString(plannedMinutes);
    }

    public List<Member> members() {
        return members;
    }

    /**
     * Fills the form from a session the server refused, so the TA fixes it rather than typing it
     * again. Only pupils and targets still on the register are carried over.
     */
    public void restore(SessionLog refused) {
        for (Attendance a : refused.attendance()) {
            if (a.absenceReason() != null && hasMember(a.pupilId())) {
                absent.put(a.pupilId(), a.absenceReason());
                if (a.note() != null) {
                    absenceNotes.put(a.pupilId(), a.note());
                }
            }
        }
        for (TargetRating r : refused.ratings()) {
            if (hasMember(r.pupilId())) {
                rate(r.pupilId(), r.targetId(), r.rating());
            }
        }
        minutes = Integer.toString(refused.minutes());
        notes = refused.notes() == null ? "" : refused.notes();
        concern = refused.concernFlagged();
        concernText = refused.concernText() == null ? "" : refused.concernText();
    }

    private boolean hasMember(UUID pupilId) {
        return members.stream().anyMatch(m -> m.pupilId().equals(pupilId));
    }

    public String notes() {
        return notes;
    }

    public String concernText() {
        return concernText;
    }

    /** One tap on a pupil: present becomes absent (reason still to choose), absent becomes present. */
    public void toggleAttendance(UUID pupilId) {
        if (absent.remove(pupilId) != null || unexplained.remove(pupilId)) {
            return;
        }
        unexplained.add(pupilId);
        ratings.keySet().removeIf(key -> key.startsWith(pupilId + "/"));
    }

    public void setAbsenceReason(UUID pupilId, AbsenceReason reason) {
        unexplained.remove(pupilId);
        absent.put(pupilId, reason);
    }

    /** The note an "Other" absence needs, e.g. "at the dentist". */
    public void setAbsenceNote(UUID pupilId, String note) {
        absenceNotes.put(pupilId, note == null ? "" : note);
    }

    public String absenceNote(UUID pupilId) {
        return absenceNotes.getOrDefault(pupilId, "");
    }

    public boolean isPresent(UUID pupilId) {
        return !absent.containsKey(pupilId) && !unexplained.contains(pupilId);
    }

    public AbsenceReason absenceReason(UUID pupilId) {
        return absent.get(pupilId);
    }

    /** One tap rates; tapping the chosen rating again clears it. Absent pupils are not rated. */
    public void rate(UUID pupilId, UUID targetId, Rating rating) {
        if (!isPresent(pupilId)) {
            return;
        }
        String key = pupilId + "/" + targetId;
        if (rating == ratings.get(key)) {
            ratings.remove(key);
        } else {
            ratings.put(key, rating);
        }
    }

    public Rating rating(UUID pupilId, UUID targetId) {
        return ratings.get(pupilId + "/" + targetId);
    }

    public String minutes() {
        return minutes;
    }

    public void setMinutes(String minutes) {
        this.minutes = minutes == null ? "" : minutes.trim();
    }

    public void setNotes(String notes) {
        this.notes = notes == null ? "" : notes;
    }

    public void setConcern(boolean concern) {
        this.concern = concern;
    }

    public boolean concern() {
        return concern;
    }

    public void setConcernText(String text) {
        this.concernText = text == null ? "" : text;
    }

    public int presentCount() {
        int n = 0;
        for (Member m : members) {
            if (isPresent(m.pupilId())) {
                n++;
            }
        }
        return n;
    }

    public Result save(UUID sessionId, Instant recordedAt) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (Member m : members) {
            if (unexplained.contains(m.pupilId())) {
                errors.put(m.pupilId().toString(), "Choose why " + m.displayName() + " was absent.");
            } else if (absent.get(m.pupilId()) == AbsenceReason.OTHER && absenceNote(m.pupilId()).isBlank()) {
                errors.put(m.pupilId().toString(), "Say why " + m.displayName() + " was absent, in a few words.");
            }
        }
        // Checked here as well as by the record, so it shows together with the register's problems.
        if (concern && concernText.isBlank()) {
            errors.put(FIELD_CONCERN, CONCERN_NEEDS_TEXT);
        }
        int parsedMinutes = 0;
        try {
            parsedMinutes = Integer.parseInt(minutes);
        } catch (NumberFormatException e) {
            errors.put(FIELD_MINUTES, "Minutes must be a whole number, such as 20.");
        }
        if (!errors.isEmpty()) {
            return new Result(null, errors);
        }
        try {
            return new Result(new SessionLog(sessionId, interventionId, date, startTime, parsedMinutes, staffId,
                    attendance(), ratingList(), notes, concern, concern ? concernText : null, recordedAt, deviceId), Map.of());
        } catch (ValidationException e) {
            for (FieldError error : e.errors()) {
                errors.putIfAbsent(screenField(error.field()), sentence(error));
            }
            return new Result(null, errors);
        }
    }

    private List<Attendance> attendance() {
        List<Attendance> list = new ArrayList<>();
        for (Member m : members) {
            AbsenceReason reason = absent.get(m.pupilId());
            list.add(reason == null ? Attendance.present(m.pupilId())
                    : new Attendance(m.pupilId(), AttendanceStatus.ABSENT, reason, absenceNote(m.pupilId())));
        }
        return list;
    }

    private List<TargetRating> ratingList() {
        List<TargetRating> list = new ArrayList<>();
        for (Member m : members) {
            for (TargetChoice t : m.targets()) {
                Rating r = rating(m.pupilId(), t.targetId());
                if (r != null) {
                    list.add(new TargetRating(m.pupilId(), t.targetId(), r));
                }
            }
        }
        return list;
    }

    private static String screenField(String field) {
        int dot = field.indexOf('.');
        int bracket = field.indexOf('[');
        int end = dot < 0 ? bracket : bracket < 0 ? dot : Math.min(dot, bracket);
        return end < 0 ? field : field.substring(0, end);
    }

    /** Validation messages name the wire field; the screen shows a sentence a TA can act on. */
    private static String sentence(FieldError error) {
        switch (screenField(error.field())) {
            case FIELD_MINUTES:
                return "Minutes must be between " + SessionLog.MIN_MINUTES + " and " + SessionLog.MAX_MINUTES + ".";
            case FIELD_CONCERN:
                return "required".equals(error.code()) ? CONCERN_NEEDS_TEXT
                        : "The concern is too long: keep it under 2,000 characters.";
            case FIELD_NOTES:
                return "Notes are too long: keep them under 4,000 characters.";
            default:
                return error.message();
        }
    }
}
