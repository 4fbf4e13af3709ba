package uk.graduated.server.console.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import uk.graduated.model.sen.NeedType;
import uk.graduated.model.sen.SenProvision;

/** The reports' queries; each is bounded by the school and reads live records only. */
final class ReportsDao {
    /** A pupil on roll on a date, with the provision and ranked needs that applied that day. */
    record RollRow(UUID pupilId, SenProvision provision, NeedType primary, NeedType secondary) {
    }

    /** An intervention's costs and schedule fields, for the term's figures. */
    record InterventionRow(UUID id, String name, LocalDate startDate, long hourlyPence, long resourcesPence) {
    }

    /** A session logged in the period, with its attendance and ratings in their JSON form. */
    record SessionRow(UUID interventionId, LocalDate date, int minutes, String attendanceJson, String ratingsJson) {
    }

    /** A change to an EHC plan that moved its last annual review date, with the pupil's date of birth. */
    record ReviewChangeRow(String oldJson, String newJson, LocalDate dateOfBirth) {
    }

    private static final String NEED_ON = """
            (select n.type from sen_need n where n.school_id = p.school_id and n.pupil_id = p.id and not n.deleted
               and n.rank = %d and n.start_date <= :on and (n.end_date is null or n.end_date > :on)
             order by n.start_date desc limit 1)""";

    private final Handle handle;
    private final UUID schoolId;

    ReportsDao(Handle handle, UUID schoolId) {
        this.handle = handle;
        this.schoolId = schoolId;
    }

    /** Pupils on roll on {@code on}: born by then, not left; provision N where no entry covers the day. */
    List<RollRow> roll(LocalDate on) {
        return handle.createQuery("""
                        select p.id, pr.provision, %s as primary_need, %s as secondary_need
                        from pupil p
                        left join sen_provision pr on pr.school_id = p.school_id and pr.pupil_id = p.id and not pr.deleted
                             and pr.start_date <= :on and (pr.end_date is null or pr.end_date > :on)
                        where p.school_id = :school and not p.deleted and p.date_of_birth <= :on
                          and (p.left_on is null or p.left_on > :on)""".formatted(NEED_ON.formatted(1), NEED_ON.formatted(2)))
                .bind("school", schoolId)
                .bind("on", on)
                .map((rs, ctx) -> new RollRow(rs.getObject("id", UUID.class),
                        SenProvision.fromCode(rs.getString("provision")).orElse(SenProvision.N),
                        NeedType.fromCode(rs.getString("primary_need")).orElse(null),
                        NeedType.fromCode(rs.getString("secondary_need")).orElse(null)))
                .list();
    }

    List<InterventionRow> interventions() {
        return handle.createQuery("""
                        select id, name, start_date, staff_hourly_cost_pence, resources_cost_pence
                        from intervention where school_id = :school and not deleted order by name""")
                .bind("school", schoolId)
                .map((rs, ctx) -> new InterventionRow(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getObject("start_date", LocalDate.class), rs.getLong("staff_hourly_cost_pence"),
                        rs.getLong("resources_cost_pence")))
                .list();
    }

    /** Sessions from {@code from} to {@code to} inclusive, oldest first. */
    List<SessionRow> sessions(LocalDate from, LocalDate to) {
        return handle.createQuery("""
                        select intervention_id, date, minutes, attendance::text as attendance, ratings::text as ratings
                        from session_log
                        where school_id = :school and not deleted and date between :from and :to
                        order by date, recorded_at""")
                .bind("school", schoolId)
                .bind("from", from)
                .bind("to", to)
                .map((rs, ctx) -> new SessionRow(rs.getObject("intervention_id", UUID.class),
                        rs.getObject("date", LocalDate.class), rs.getInt("minutes"), rs.getString("attendance"),
                        rs.getString("ratings")))
                .list();
    }

    /** EHC plan changes that recorded an annual review held from {@code from} to {@code to}. */
    List<ReviewChangeRow> ehcReviewsRecorded(LocalDate from, LocalDate to) {
        return handle.createQuery("""
                        select h.old_data::text as old_data, h.new_data::text as new_data, p.date_of_birth
                        from record_history h
                        join ehc_plan e on e.school_id = h.school_id and e.id = h.entity_id
                        join pupil p on p.school_id = e.school_id and p.id = e.pupil_id
                        where h.school_id = :school and h.entity_type = 'ehc_plan' and not e.deleted and not p.deleted
                          and h.old_data is not null and h.new_data is not null
                          and (h.new_data ->> 'lastAnnualReviewDate') is distinct from (h.old_data ->> 'lastAnnualReviewDate')
                          and (h.new_data ->> 'lastAnnualReviewDate')::date between :from and :to
                        order by h.version""")
                .bind("school", schoolId)
                .bind("from", from)
                .bind("to", to)
                .map((rs, ctx) -> new ReviewChangeRow(rs.getString("old_data"), rs.getString("new_data"),
                        rs.getObject("date_of_birth", LocalDate.class)))
                .list();
    }
}
