package uk.graduated.server.console.home;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import uk.graduated.server.console.pupil.PupilRef;

/** The items of the home page, one record per kind of thing that needs the SENCO's attention. */
public final class Attention {
    private Attention() {
    }

    /** A concern a member of staff flagged in a session log. */
    public record Concern(UUID sessionId, LocalDate date, String intervention, String deliveredBy, String text,
            List<PupilRef> pupils) {
        public Concern {
            pupils = List.copyOf(pupils);
        }
    }

    /** A running intervention with fewer sessions logged this week than its schedule plans. */
    public record MissedSessions(String intervention, String leadStaff, List<LocalDate> days, int planned,
            int delivered) {
        public MissedSessions {
            days = List.copyOf(days);
        }
    }

    /**
     * A change from a tablet the server refused, or one it merged with a conflicting change.
     *
     * @param outcome  "Rejected", "Merged" or "Needs review" (long text kept in both forms)
     * @param detail   the refusal's message, or the fields that conflicted
     * @param pupil    the pupil the record is about, when known; else null
     */
    public record SyncIssue(ZonedDateTime when, String outcome, String record, String detail, String staff,
            String device, PupilRef pupil) {
        public boolean needsReview() {
            return outcome.equals("Needs review");
        }
    }

    /** An active tablet that has not synced for several days. */
    public record QuietDevice(String name, ZonedDateTime lastSync, long days) {
    }
}
