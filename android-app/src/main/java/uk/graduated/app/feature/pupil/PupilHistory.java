package uk.graduated.app.feature.pupil;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import uk.graduated.app.data.session.PupilRating;
import uk.graduated.app.data.session.PupilSession;
import uk.graduated.model.session.AbsenceReason;
import uk.graduated.model.session.Rating;

/**
 * A pupil's recent sessions as the profile lists them, in plain Java: one row per session with
 * their attendance and the ratings given in it, and the latest rating of each target.
 */
public final class PupilHistory {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);

    /** One session in the list. */
    public record Row(String title, boolean present, String attendance, String ratings, String notes, boolean concern) {
    }

    /** A target's latest rating, e.g. "Some help on Mon 10 Jan 2028". */
    public record LastRating(String label, LocalDate date) {
    }

    private final List<Row> rows;
    private final Map<String, LastRating> lastByTarget;

    private PupilHistory(List<Row> rows, Map<String, LastRating> lastByTarget) {
        this.rows = rows;
        this.lastByTarget = lastByTarget;
    }

    /**
     * @param sessions newest first, as {@code SessionRepository.recentForPupil} returns them
     * @param ratings  newest first, as {@code SessionRepository.recentRatingsForPupil} returns them
     */
    public static PupilHistory of(List<PupilSession> sessions, List<PupilRating> ratings) {
        Map<String, List<PupilRating>> bySession = new HashMap<>();
        Map<String, LastRating> last = new LinkedHashMap<>();
        for (PupilRating r : ratings) {
            bySession.computeIfAbsent(r.sessionId, id -> new ArrayList<>()).add(r);
            last.putIfAbsent(r.targetId, new LastRating(label(r.rating), LocalDate.parse(r.date)));
        }
        List<Row> rows = new ArrayList<>();
        for (PupilSession s : sessions) {
            boolean present = "present".equals(s.status);
            String group = s.interventionName == null ? "Session" : s.interventionName;
            rows.add(new Row(DAY.format(LocalDate.parse(s.date)) + " · " + group, present,
                    present ? "Present · " + s.minutes + " min" : "Absent: " + reason(s.absenceReason),
                    ratingsText(bySession.getOrDefault(s.sessionId, List.of())),
                    s.notes == null ? "" : s.notes, s.concernFlagged));
        }
        return new PupilHistory(rows, last);
    }

    public List<Row> rows() {
        return rows;
    }

    /** The target's latest rating, or null when it has not been rated in the sessions read. */
    public LastRating lastRating(String targetId) {
        return lastByTarget.get(targetId);
    }

    private static String ratingsText(List<PupilRating> ratings) {
        StringBuilder text = new StringBuilder();
        for (PupilRating r : ratings) {
            String target = r.outcome == null ? "a target no longer on this tablet" : shorten(r.outcome);
            text.append(text.length() == 0 ? "" : "\n").append(label(r.rating)).append(": ").append(target);
        }
        return text.toString();
    }

    /** Targets are full sentences; a row shows their start. */
    static String shorten(String outcome) {
        String text = outcome.endsWith(".") ? outcome.substring(0, outcome.length() - 1) : outcome;
        return text.length() <= 60 ? text : text.substring(0, 57).trim() + "…";
    }

    private static String label(int value) {
        return Rating.fromValue(value).map(Rating::description).orElse("Rated " + value);
    }

    private static String reason(String code) {
        return code == null ? "no reason given" : AbsenceReason.fromCode(code).map(AbsenceReason::label).orElse(code);
    }
}
