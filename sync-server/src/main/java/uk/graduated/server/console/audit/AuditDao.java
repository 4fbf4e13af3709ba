package uk.graduated.server.console.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import uk.graduated.server.auth.Timestamps;

/**
 * Reads the audit trail of one school: the access log (views, exports, imports) and the record history
 * of records about pupils (changes), merged newest first. Both are filtered in SQL by the same filters.
 * Entries of one moment (an import's changes share their transaction's time) come in the order they
 * were written, latest first.
 */
final class AuditDao {
    /** One merged row before it is put into words. */
    record Row(Instant at, String staffName, UUID pupilId, String firstName, String lastName, String preferredName,
            int pupils, String kind, String entityType, UUID deviceId, String deviceName, String ip, String userAgent) {
    }

    private final Handle handle;
    private final UUID schoolId;
    private final ZoneId zone;

    AuditDao(Handle handle, UUID schoolId, ZoneId zone) {
        this.handle = handle;
        this.schoolId = schoolId;
        this.zone = zone;
    }

    List<Row> find(AuditFilter filter, int limit, int offset) {
        List<String> parts = new ArrayList<>();
        if (filter.includesAccess()) {
            parts.add("""
                    select a.at, a.id as seq, a.staff_id, a.pupil_id, 1 as pupils, a.action as kind,
                           null as entity_type, null::uuid as device_id, a.ip, a.user_agent
                    from access_log a
                    where a.school_id = :school""" + conditions(filter, "a.at", "a.staff_id", "a.pupil_id = :pupil")
                    + (filter.action() == null ? "" : " and a.action = :action"));
        }
        if (filter.includesChanges()) {
            parts.add("""
                    select h.changed_at as at, h.version as seq, h.changed_by as staff_id, """
                    + (filter.pupil() == null ? "c.pupil_ids[1]" : "cast(:pupil as uuid)") + """
                     as pupil_id, cardinality(c.pupil_ids) as pupils,
                           case when h.old_data is null then 'created' when h.new_data is null then 'deleted'
                                else 'changed' end as kind,
                           h.entity_type, h.device_id, null as ip, null as user_agent
                    from record_history h
                    join change_log c on c.school_id = h.school_id and c.entity_id = h.entity_id
                    where h.school_id = :school and cardinality(c.pupil_ids) > 0"""
                    + conditions(filter, "h.changed_at", "h.changed_by", "c.pupil_ids @> array[cast(:pupil as uuid)]"));
        }
        Query query = handle.createQuery("""
                        select e.*, st.display_name as staff_name, p.legal_first_name, p.legal_last_name,
                               p.preferred_name, d.name as device_name
                        from (""" + String.join(" union all ", parts) + """
                        ) e
                        left join staff st on st.id = e.staff_id
                        left join pupil p on p.school_id = :school and p.id = e.pupil_id and not p.deleted
                        left join device d on d.school_id = :school and d.id = e.device_id
                        order by e.at desc, e.seq desc
                        limit :limit offset :offset""")
                .bind("school", schoolId)
                .bind("limit", limit)
                .bind("offset", offset);
        bindFilters(query, filter);
        return query.map((rs, ctx) -> new Row(Timestamps.instant(rs, "at"), rs.getString("staff_name"),
                        rs.getString("legal_last_name") == null ? null : rs.getObject("pupil_id", UUID.class),
                        rs.getString("legal_first_name"), rs.getString("legal_last_name"), rs.getString("preferred_name"),
                        rs.getInt("pupils"), rs.getString("kind"), rs.getString("entity_type"),
                        rs.getObject("device_id", UUID.class), rs.getString("device_name"), rs.getString("ip"),
                        rs.getString("user_agent")))
                .list();
    }

    /** Pupils on the register, by surname, for the pupil filter. */
    List<FilterChoice> pupils() {
        return handle.createQuery("""
                        select id, legal_last_name || ', ' || coalesce(preferred_name, legal_first_name) as label
                        from pupil where school_id = :school and not deleted
                        order by lower(legal_last_name), lower(coalesce(preferred_name, legal_first_name))""")
                .bind("school", schoolId)
                .map((rs, ctx) -> new FilterChoice(rs.getObject("id", UUID.class), rs.getString("label")))
                .list();
    }

    /** Everyone who has or had an account, for the staff filter. */
    List<FilterChoice> staff() {
        return handle.createQuery("select id, display_name from staff where school_id = :school order by lower(display_name)")
                .bind("school", schoolId)
                .map((rs, ctx) -> new FilterChoice(rs.getObject("id", UUID.class), rs.getString("display_name")))
                .list();
    }

    private static String conditions(AuditFilter filter, String at, String staff, String pupil) {
        StringBuilder sql = new StringBuilder();
        if (filter.pupil() != null) {
            sql.append(" and ").append(pupil);
        }
        if (filter.staff() != null) {
            sql.append(" and ").append(staff).append(" = :staff");
        }
        if (filter.from() != null) {
            sql.append(" and ").append(at).append(" >= :from");
        }
        if (filter.to() != null) {
            sql.append(" and ").append(at).append(" < :to");
        }
        return sql.toString();
    }

    private void bindFilters(Query query, AuditFilter filter) {
        if (filter.pupil() != null) {
            query.bind("pupil", filter.pupil());
        }
        if (filter.staff() != null) {
            query.bind("staff", filter.staff());
        }
        if (filter.action() != null && filter.includesAccess()) {
            query.bind("action", filter.action());
        }
        if (filter.from() != null) {
            query.bind("from", Timestamps.of(startOf(filter.from())));
        }
        if (filter.to() != null) {
            query.bind("to", Timestamps.of(startOf(filter.to().plusDays(1))));
        }
    }

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }
}
