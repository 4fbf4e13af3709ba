package uk.graduated.server.console.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import uk.graduated.model.pupil.Pupil;
import uk.graduated.model.pupil.PupilFlags;
import uk.graduated.model.pupil.Upn;
import uk.graduated.model.pupil.YearGroup;
import uk.graduated.model.sen.NeedType;
import uk.graduated.model.sen.SenProvision;

/** Reads the school's pupils with their open provision and needs: three queries, whatever the roll. */
final class ImportDao {
    private final Handle handle;
    private final UUID schoolId;

    ImportDao(Handle handle, UUID schoolId) {
        this.handle = handle;
        this.schoolId = schoolId;
    }

    List<ExistingPupil> pupils() {
        Map<UUID, ExistingPupil.OpenProvision> provisions = new HashMap<>();
        handle.createQuery("""
                        select pupil_id, id, version, provision, start_date from sen_provision
                        where school_id = :school and end_date is null and not deleted""")
                .bind("school", schoolId)
                .map((rs, ctx) -> Map.entry(rs.getObject("pupil_id", UUID.class), new ExistingPupil.OpenProvision(
                        rs.getObject("id", UUID.class), rs.getLong("version"),
                        SenProvision.fromCode(rs.getString("provision")).orElseThrow(),
                        rs.getObject("start_date", LocalDate.class))))
                .forEach(e -> provisions.put(e.getKey(), e.getValue()));
        Map<UUID, List<ExistingPupil.OpenNeed>> needs = new HashMap<>();
        handle.createQuery("""
                        select pupil_id, id, version, type, rank, start_date from sen_need
                        where school_id = :school and end_date is null and not deleted""")
                .bind("school", schoolId)
                .map((rs, ctx) -> Map.entry(rs.getObject("pupil_id", UUID.class), new ExistingPupil.OpenNeed(
                        rs.getObject("id", UUID.class), rs.getLong("version"),
                        NeedType.fromCode(rs.getString("type")).orElseThrow(), rs.getInt("rank"),
                        rs.getObject("start_date", LocalDate.class))))
                .forEach(e -> needs.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return handle.createQuery("select * from pupil where school_id = :school and not deleted")
                .bind("school", schoolId)
                .map((rs, ctx) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    String upn = rs.getString("upn");
                    Pupil pupil = new Pupil(id, schoolId, rs.getString("legal_first_name"),
                            rs.getString("legal_last_name"), rs.getString("preferred_name"),
                            rs.getObject("date_of_birth", LocalDate.class),
                            YearGroup.fromCode(rs.getString("year_group")).orElseThrow(), rs.getString("class_name"),
                            upn == null ? null : new Upn(upn),
                            new PupilFlags(rs.getBoolean("looked_after"), rs.getBoolean("previously_looked_after"),
                                    rs.getBoolean("pupil_premium"), rs.getBoolean("eal")),
                            rs.getObject("left_on", LocalDate.class));
                    return new ExistingPupil(pupil, rs.getLong("version"), provisions.get(id),
                            needs.getOrDefault(id, List.of()));
                })
                .list();
    }
}
