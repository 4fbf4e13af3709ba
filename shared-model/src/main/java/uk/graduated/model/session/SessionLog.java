package uk.graduated.model.session;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import uk.graduated.model.validation.FieldChecks;
import uk.graduated.model.validation.TextLimits;
import uk.graduated.model.validation.ValidationException;
import uk.graduated.model.validation.Violations;

/**
 * One delivered session of an intervention, logged by the adult who ran it, usually on a tablet
 * while offline. Insert-only once synced.
 *
 * @param id             client-generated id
 * @param interventionId the intervention the session belongs to
 * @param date           the day it took place; see {@link #checkNotAfter(LocalDate)}
 * @param startTime      when it started, or null
 * @param minutes        {@value #MIN_MINUTES}-{@value #MAX_MINUTES}, as delivered rather than planned
 * @param deliveredBy    the member of staff who ran it
 * @param attendance     one entry per group member, at least one, at most {@value #MAX_ATTENDANCE},
 *                       each pupil once
 * @param ratings        ratings against targets, only for present pupils, at most one per pupil and
 *                       target, at most {@value #MAX_RATINGS}
 * @param notes          free text, at most {@link TextLimits#SUMMARY}; a blank note is stored as null
 * @param concernFlagged whether the SENCO should look at this session
 * @param concernText    what worries the adult: required when flagged (at most
 *                       {@link TextLimits#NOTE}), absent otherwise
 * @param recordedAt     the tablet's clock when saved; kept for the record, never used to order writes
 * @param deviceId       the tablet it was recorded on
 */
public record SessionLog(
        UUID id,
        UUID interventionId,
        LocalDate date,
        LocalTime startTime,
        int minutes,
        UUID deliveredBy,
        List<Attendance> attendance,
        List<TargetRating> ratings,
        String notes,
        boolean concernFlagged,
        String concernText,
        Instant recordedAt,
        UUID deviceId) {

    public static final int MIN_MINUTES = 1;
    public static final int MAX_MINUTES = 300;
    public static final int MAX_ATTENDANCE = 40;
    public static final int MAX_RATINGS = 400;

    public SessionLog {
        notes = FieldChecks.blankToNull(notes);
        concernText = FieldChecks.blankToNull(concernText);
        Violations v = new Violations();
        v.require("id", id);
        v.require("interventionId", interventionId);
        v.require("date", date);
        if (minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
            v.add("minutes", "out_of_range", "minutes must be between " + MIN_MINUTES + " and " + MAX_MINUTES);
        }
        v.require("deliveredBy", deliveredBy);
        Set<UUID> present = checkAttendance(v, attendance);
        checkRatings(v, ratings, present);
        FieldChecks.optionalText(v, "notes", notes, TextLimits.SUMMARY);
        if (concernFlagged) {
            FieldChecks.requiredText(v, "concernText", concernText, TextLimits.NOTE);
        } else if (concernText != null) {
            v.add("concernText", "not_allowed", "concernText is only kept when a concern is flagged");
        }
        v.require("recordedAt", recordedAt);
        v.require("deviceId", deviceId);
        v.throwIfAny();
        attendance = List.copyOf(attendance);
        ratings = List.copyOf(ratings);
    }

    /**
     * Refuses a session dated after {@code today}, the recording device's local date. The caller
     * passes the date in, so the model never reads a clock and stays testable.
     */
    public void checkNotAfter(LocalDate today) {
        if (date.isAfter(today)) {
            throw ValidationException.of("date", "in_future", "date must not be after today (" + today + ")");
        }
    }

    public boolean wasPresent(UUID pupilId) {
        return attendance.stream().anyMatch(a -> a.isPresent() && a.pupilId().equals(pupilId));
    }

    /** The pupils present, checking each entry once and collecting their ids for the ratings. */
    private static Set<UUID> checkAttendance(Violations v, List<Attendance> attendance) {
        Set<UUID> present = new HashSet<>();
        if (attendance == null || attendance.isEmpty()) {
            v.add("attendance", "required", "attendance must list at least one pupil");
            return present;
        }
        if (attendance.size() > MAX_ATTENDANCE) {
            v.add("attendance", "too_many", "attendance may list at most " + MAX_ATTENDANCE + " pupils");
        }
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < attendance.size(); i++) {
            Attendance a = attendance.get(i);
            if (a == null) {
                v.add("attendance[" + i + "]", "required", "attendance[" + i + "] is required");
            } else if (!seen.add(a.pupilId())) {
                v.add("attendance[" + i + "].pupilId", "duplicate", "the same pupil is listed twice");
            } else if (a.isPresent()) {
                present.add(a.pupilId());
            }
        }
        return present;
    }

    private static void checkRatings(Violations v, List<TargetRating> ratings, Set<UUID> present) {
        if (ratings == null) {
            v.add("ratings", "required", "ratings is required (it may be empty)");
            return;
        }
        if (ratings.size() > MAX_RATINGS) {
            v.add("ratings", "too_many", "ratings may hold at most " + MAX_RATINGS + " entries");
        }
        Set<List<UUID>> seen = new HashSet<>();
        for (int i = 0; i < ratings.size(); i++) {
            TargetRating r = ratings.get(i);
            String field = "ratings[" + i + "]";
            if (r == null) {
                v.add(field, "required", field + " is required");
            } else if (!seen.add(List.of(r.pupilId(), r.targetId()))) {
                v.add(field + ".targetId", "duplicate", "this pupil is already rated against this target");
            } else if (!present.contains(r.pupilId())) {
                v.add(field + ".pupilId", "not_present", "only pupils marked present can be rated");
            }
        }
    }
}
