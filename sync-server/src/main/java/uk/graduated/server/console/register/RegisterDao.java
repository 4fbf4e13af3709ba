package uk.graduated.server.console.register;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import uk.graduated.model.pupil.YearGroup;
import uk.graduated.model.sen.NeedType;
import uk.graduated.model.sen.SenProvision;
import uk.graduated.server.console.pupil.PupilRef;

/**
 * The register query: pupils on roll with the provision that applies today, filtered. The SQL is
 * fixed text with optional conditions switched on by the filter; every value is bound.
 */
final class RegisterDao {
    private static final String OPEN_NEED = """
            n.school_id = p.school_id and n.pupil_id = p.id and not n.deleted
            and n.start_date <= :today and (n.end_date is null or n.end_date > :today)""";
    private static final String SELECT = """
            select p.id, p.legal_first_name, p.legal_last_name, p.preferred_name, p.upn, p.year_group, p.class_name,
                   p.looked_after, p.previously_looked_after, p.pupil_premium, p.eal,
                   pr.provision, pr.start_date as provision_start,
                   (select n.type from sen_need n where %1$s and n.rank = 1 order by n.start_date desc limit 1) as primary_need,
                   (select n.type from sen_need n where %1$s and n.rank = 2 order by n.start_date desc limit 1) as secondary_need
            from pupil p
            join sen_provision pr on pr.school_id = p.school_id and pr.pupil_id = p.id and not pr.deleted
                 and pr.start_date <= :today and (pr.end_date is null or pr.end_date > :today)
            where p.school_id = :school and not p.deleted and (p.left_on is null or p.left_on > :today)
              and pr.provision = any(:provisions)
            """.formatted(OPEN_NEED);

    private final Handle handle;
    private final UUID schoolId;

    RegisterDao(Handle handle, UUID schoolId) {
        this.handle = handle;
        this.schoolId = schoolId;
    }

    List<RegisterRow> find(RegisterFilter filter, LocalDate today) {
        StringBuilder sql = new StringBuilder(SELECT);
        List<NeedType> types = filter.needTypes();
        if (!types.isEmpty()) {
            sql.append(" and exists (select 1 from sen_need n where ").append(OPEN_NEED).append(" and n.type = any(:types))");
        }
        if (filter.year() != null) {
            sql.append(" and p.year_group = :year");
        }
        if (filter.className() != null) {
            sql.append(" and p.class_name = :class");
        }
        if (filter.lookedAfter()) {
            sql.append(" and (p.looked_after or p.previously_looked_after)");
        }
        if (filter.pupilPremium()) {
            sql.append(" and p.pupil_premium");
        }
        if (filter.eal()) {
            sql.append(" and p.eal");
        }
        if (filter.search() != null) {
            sql.append(" and (strpos(lower(concat_ws(' ', p.legal_first_name, p.preferred_name, p.legal_last_name)),")
                    .append(" lower(:search)) > 0 or p.upn = upper(:search))");
        }
        sql.append(" order by p.legal_last_name, p.legal_first_name, p.id");
        Query query = handle.createQuery(sql.toString())
                .bind("school", schoolId)
                .bind("today", today)
                .bind("provisions", filter.provisions().stream().map(SenProvision::censusCode).toArray(String[]::new));
        if (!types.isEmpty()) {
            query.bind("types", types.stream().map(NeedType::censusCode).toArray(String[]::new));
        }
        if (filter.year() != null) {
            query.bind("year", filter.year().code());
        }
        if (filter.className() != null) {
            query.bind("class", filter.className());
        }
        if (filter.search() != null) {
            query.bind("search", filter.search());
        }
        return query.map((rs, ctx) -> row(rs)).list();
    }

    /** The school's classes and rooms, for the filter's list. */
    List<String> classNames() {
        return handle.createQuery("""
                        select distinct class_name from pupil
                        where school_id = :school and not deleted and class_name is not null
                        order by class_name""")
                .bind("school", schoolId)
                .mapTo(String.class)
                .list();
    }

    private static RegisterRow row(ResultSet rs) throws SQLException {
        return new RegisterRow(
                PupilRef.of(rs.getObject("id", UUID.class), rs.getString("legal_first_name"),
                        rs.getString("legal_last_name"), rs.getString("preferred_name")),
                rs.getString("upn"),
                YearGroup.fromCode(rs.getString("year_group")).orElse(null),
                rs.getString("class_name"),
                SenProvision.fromCode(rs.getString("provision")).orElseThrow(),
                rs.getObject("provision_start", LocalDate.class),
                NeedType.fromCode(rs.getString("primary_need")).orElse(null),
                NeedType.fromCode(rs.getString("secondary_need")).orElse(null),
                rs.getBoolean("looked_after"),
                rs.getBoolean("previously_looked_after"),
                rs.getBoolean("pupil_premium"),
                rs.getBoolean("eal"));
    }
}
