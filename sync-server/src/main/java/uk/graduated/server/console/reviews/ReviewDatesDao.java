package uk.graduated.server.console.reviews;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * The dates reviews are planned from: open plan cycles, EHC plans and the plan reviews held. Each
 * query is bounded by the school and reads live records of pupils on roll.
 */
final class ReviewDatesDao {
    record CycleRow(UUID id, UUID planId, UUID pupilId, LocalDate startDate, LocalDate reviewDate, String status) {
    }

    record EhcRow(UUID id, UUID pupilId, LocalDate issueDate, LocalDate lastReview, LocalDate nextMeeting,
            LocalDate invitationSent, String localAuthority, LocalDate dateOfBirth) {
    }

    record HeldRow(UUID pupilId, LocalDate date) {
    }

    private static final String ON_ROLL = "not p.deleted and (p.left_on is null or p.left_on > :onRoll)";

    private final Handle handle;
    private final UUID schoolId;

    ReviewDatesDao(Handle handle, UUID schoolId) {
        this.handle = handle;
        this.schoolId = schoolId;
    }

    /** Open cycles of pupils on roll on {@code onRoll}. */
    List<CycleRow> openCycles(LocalDate onRoll) {
        return handle.createQuery("""
                        select c.id, c.plan_id, c.pupil_id, c.start_date, c.review_date, c.status
                        from plan_cycle c
                        join pupil p on p.school_id = c.school_id and p.id = c.pupil_id
                        where c.school_id = :school and not c.deleted and c.status <> 'closed' and\s""" + ON_ROLL)
                .bind("school", schoolId)
                .bind("onRoll", onRoll)
                .map((rs, ctx) -> new CycleRow(rs.getObject("id", UUID.class), rs.getObject("plan_id", UUID.class),
                        rs.getObject("pupil_id", UUID.class), rs.getObject("start_date", LocalDate.class),
                        rs.getObject("review_date", LocalDate.class), rs.getString("status")))
                .list();
    }

    /** EHC plans of pupils on roll on {@code onRoll}. */
    List<EhcRow> ehcPlans(LocalDate onRoll) {
        return handle.createQuery("""
                        select e.id, e.pupil_id, e.issue_date, e.last_annual_review_date, e.next_review_meeting_date,
                               e.invitation_sent_date, e.local_authority, p.date_of_birth
                        from ehc_plan e
                        join pupil p on p.school_id = e.school_id and p.id = e.pupil_id
                        where e.school_id = :school and not e.deleted and\s""" + ON_ROLL)
                .bind("school", schoolId)
                .bind("onRoll", onRoll)
                .map((rs, ctx) -> new EhcRow(rs.getObject("id", UUID.class), rs.getObject("pupil_id", UUID.class),
                        rs.getObject("issue_date", LocalDate.class),
                        rs.getObject("last_annual_review_date", LocalDate.class),
                        rs.getObject("next_review_meeting_date", LocalDate.class),
                        rs.getObject("invitation_sent_date", LocalDate.class), rs.getString("local_authority"),
                        rs.getObject("date_of_birth", LocalDate.class)))
                .list();
    }

    /** Support plan reviews held from {@code from} to {@code to} inclusive, of pupils not deleted. */
    List<HeldRow> planReviewsHeld(LocalDate from, LocalDate to) {
        return handle.createQuery("""
                        select r.pupil_id, r.date
                        from plan_review r
                        join pupil p on p.school_id = r.school_id and p.id = r.pupil_id
                        where r.school_id = :school and not r.deleted and not p.deleted
                          and r.date between :from and :to""")
                .bind("school", schoolId)
                .bind("from", from)
                .bind("to", to)
                .map((rs, ctx) -> new HeldRow(rs.getObject("pupil_id", UUID.class), rs.getObject("date", LocalDate.class)))
                .list();
    }
}
