package uk.graduated.app.feature.pupil;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.Test;
import uk.graduated.app.data.session.PupilRating;
import uk.graduated.app.data.session.PupilSession;

public class PupilHistoryTest {
    @Test
    public void eachSession_showsAttendance_andTheRatingsGivenInIt() {
        PupilHistory history = PupilHistory.of(
                List.of(session("s2", "2028-01-14", "present", null), session("s1", "2028-01-12", "absent", "ill")),
                List.of(rating("s2", "2028-01-14", "t1", "Blend CVC words", 3), rating("s2", "2028-01-14", "t2", null, 4)));

        assertThat(history.rows()).hasSize(2);
        PupilHistory.Row latest = history.rows().get(0);
        assertThat(latest.title()).isEqualTo("Fri 14 Jan 2028 · Phonics");
        assertThat(latest.attendance()).isEqualTo("Present · 30 min");
        assertThat(latest.ratings()).isEqualTo("With some help: Blend CVC words\nIndependently: a target no longer on this tablet");
        assertThat(history.rows().get(1).attendance()).isEqualTo("Absent: Ill");
        assertThat(history.rows().get(1).ratings()).isEmpty();
    }

    @Test
    public void aTargetsLastRating_isItsNewest() {
        PupilHistory history = PupilHistory.of(List.of(), List.of(rating("s2", "2028-01-14", "t1", "Blend", 4),
                rating("s1", "2028-01-12", "t1", "Blend", 1)));

        assertThat(history.lastRating("t1")).isEqualTo(new PupilHistory.LastRating("Independently", LocalDate.of(2028, 1, 14)));
        assertThat(history.lastRating("t9")).isNull();
    }

    @Test
    public void aShortTarget_losesOnlyItsFullStop() {
        assertThat(PupilHistory.shorten("Blend CVC words.")).isEqualTo("Blend CVC words");
    }

    @Test
    public void aLongTarget_isShortenedInTheList() {
        assertThat(PupilHistory.shorten("Ava will blend three- and four-sound words with phase 3 graphemes so that she reads"))
                .hasSizeLessThanOrEqualTo(58).endsWith("…");
    }

    private static PupilSession session(String id, String date, String status, String reason) {
        PupilSession s = new PupilSession();
        s.sessionId = id;
        s.interventionName = "Phonics";
        s.date = date;
        s.minutes = 30;
        s.status = status;
        s.absenceReason = reason;
        return s;
    }

    private static PupilRating rating(String session, String date, String target, String outcome, int value) {
        PupilRating r = new PupilRating();
        r.sessionId = session;
        r.date = date;
        r.targetId = target;
        r.outcome = outcome;
        r.rating = value;
        return r;
    }
}
