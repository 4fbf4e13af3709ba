package uk.graduated.model.session;

import static uk.graduated.model.intervention.ProvisionExamples.INTERVENTION_ID;
import static uk.graduated.model.intervention.ProvisionExamples.PUPIL_A;
import static uk.graduated.model.intervention.ProvisionExamples.PUPIL_B;
import static uk.graduated.model.intervention.ProvisionExamples.PUPIL_C;
import static uk.graduated.model.intervention.ProvisionExamples.TA_ID;
import static uk.graduated.model.intervention.ProvisionExamples.TERM_START;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * Fictional session logs for tests here and in the server's and the app's tests. The default is
 * a 30-minute phonics session on the first day of term: pupils A and B present and rated, pupil C
 * off ill.
 */
public final class SessionExamples {
    public static final UUID SESSION_ID = UUID.fromString("5c4b0a1e-0000-4000-8000-0000000000e1");
    public static final UUID DEVICE_ID = UUID.fromString("5c4b0a1e-0000-4000-8000-0000000000f1");
    public static final UUID TARGET_BLENDING = UUID.fromString("5c4b0a1e-0000-4000-8000-000000000101");
    public static final UUID TARGET_TRICKY_WORDS = UUID.fromString("5c4b0a1e-0000-4000-8000-000000000102");

    private SessionExamples() {
    }

    public static SessionLogBuilder sessionLog() {
        return new SessionLogBuilder();
    }

    /** Builder whose defaults form a valid log, so a test changes only the field it is about. */
    public static final class SessionLogBuilder {
        private UUID id = SESSION_ID;
        private UUID interventionId = INTERVENTION_ID;
        private LocalDate date = TERM_START;
        private LocalTime startTime = LocalTime.of(9, 15);
        private int minutes = 30;
        private UUID deliveredBy = TA_ID;
        private List<Attendance> attendance = List.of(
                Attendance.present(PUPIL_A), Attendance.present(PUPIL_B), Attendance.absent(PUPIL_C, AbsenceReason.ILL));
        private List<TargetRating> ratings = List.of(
                new TargetRating(PUPIL_A, TARGET_BLENDING, Rating.WITH_SOME_HELP),
                new TargetRating(PUPIL_A, TARGET_TRICKY_WORDS, Rating.INDEPENDENTLY),
                new TargetRating(PUPIL_B, TARGET_BLENDING, Rating.WITH_LOTS_OF_HELP));
        private String notes = "Blended CVC words with sound buttons; B needed the grapheme mat.";
        private boolean concernFlagged;
        private String concernText;
        private Instant recordedAt = Instant.parse("2028-01-10T09:47:12Z");
        private UUID deviceId = DEVICE_ID;

        public SessionLogBuilder id(UUID id) {
            this.id = id;
            return this;
        }

        public SessionLogBuilder interventionId(UUID interventionId) {
            this.interventionId = interventionId;
            return this;
        }

        public SessionLogBuilder date(LocalDate date) {
            this.date = date;
            return this;
        }

        public SessionLogBuilder startTime(LocalTime startTime) {
            this.startTime = startTime;
            return this;
        }

        public SessionLogBuilder minutes(int minutes) {
            this.minutes = minutes;
            return this;
        }

        public SessionLogBuilder deliveredBy(UUID deliveredBy) {
            this.deliveredBy = deliveredBy;
            return this;
        }

        public SessionLogBuilder attendance(List<Attendance> attendance) {
            this.attendance = attendance;
            return this;
        }

        public SessionLogBuilder attendance(Attendance... attendance) {
            return attendance(List.of(attendance));
        }

        public SessionLogBuilder ratings(List<TargetRating> ratings) {
            this.ratings = ratings;
            return this;
        }

        public SessionLogBuilder ratings(TargetRating... ratings) {
            return ratings(List.of(ratings));
        }

        public SessionLogBuilder notes(String notes) {
            this.notes = notes;
            return this;
        }

        /** Flags a concern with the given text (null or blank to test the rule that text is required). */
        public SessionLogBuilder concern(String concernText) {
            this.concernFlagged = true;
            this.concernText = concernText;
            return this;
        }

        /** Sets flag and text independently, to test that a text without a flag is refused. */
        public SessionLogBuilder concern(boolean flagged, String concernText) {
            this.concernFlagged = flagged;
            this.concernText = concernText;
            return this;
        }

        public SessionLogBuilder recordedAt(Instant recordedAt) {
            this.recordedAt = recordedAt;
            return this;
        }

        public SessionLogBuilder deviceId(UUID deviceId) {
            this.deviceId = deviceId;
            return this;
        }

        public SessionLog build() {
            return new SessionLog(id, interventionId, date, startTime, minutes, deliveredBy, attendance, ratings,
                    notes, concernFlagged, concernText, recordedAt, deviceId);
        }
    }
}
