package uk.graduated.server.console.provision;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import uk.graduated.model.pupil.YearGroup;
import uk.graduated.model.sen.SenProvision;
import uk.graduated.server.console.pupil.PupilRef;

/** A pupil's identifying facts and their SEN provision today; bounded by the school. */
final class PupilFactsDao {
    private final Handle handle;
    private final UUID schoolId;

    PupilFactsDao(Handle handle, UUID schoolId) {
        this.handle = handle;
        this.schoolId = schoolId;
    }

    Optional<PupilFacts> find(UUID pupilId, LocalDate today) {
        return handle.createQuery("""
                        select p.legal_first_name, p.legal_last_name, p.preferred_name, p.date_of_birth, p.year_group, p.upn,
                               (select sp.provision from sen_provision sp
                                where sp.school_id = p.school_id and sp.pupil_id = p.id and not sp.deleted
                                  and sp.start_date <= :today and (sp.end_date is null or sp.end_date > :today)
                                order by sp.start_date desc limit 1) as provision
                        from pupil p where p.school_id = :school and p.id = :pupil and not p.deleted""")
                .bind("school", schoolId)
                .bind("pupil", pupilId)
                .bind("today", today)
                .map((rs, ctx) -> {
                    SenProvision provision = SenProvision.fromCode(rs.getString("provision")).orElse(SenProvision.N);
                    return new PupilFacts(PupilRef.of(pupilId, rs.getString("legal_first_name"),
                            rs.getString("legal_last_name"), rs.getString("preferred_name")),
                            rs.getObject("date_of_birth", LocalDate.class),
                            YearGroup.fromCode(rs.getString("year_group")).map(YearGroup::label).orElse(""),
                            rs.getString("upn"), provision.censusCode() + ": " + provision.description());
                })
                .findOne();
    }
}
