package uk.graduated.server.console.settings;

import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.graduated.model.school.SchoolPhase;
import uk.graduated.server.school.SchoolDates;
import uk.graduated.server.school.SchoolDatesDao;

/**
 * The school's own details (name, URN, phase) and its term dates. The details sync to tablets (the
 * school table's trigger gives a change its version), so a school created without a phase starts
 * syncing its record once the phase is set here.
 */
public final class SchoolSettings {
    private static final Logger log = LoggerFactory.getLogger(SchoolSettings.class);

    /** The school as saved; {@code phase} is null until someone sets it. */
    public record Current(String name, String urn, SchoolPhase phase, SchoolDates dates) {
    }

    private final Jdbi jdbi;

    public SchoolSettings(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public Current read(UUID schoolId) {
        return jdbi.withHandle(h -> {
            Map<String, Object> row = h.createQuery("select name, urn, phase from school where id = :school")
                    .bind("school", schoolId)
                    .mapToMap()
                    .one();
            SchoolPhase phase = row.get("phase") == null ? null : SchoolPhase.fromCode((String) row.get("phase")).orElse(null);
            return new Current((String) row.get("name"), (String) row.get("urn"), phase,
                    new SchoolDatesDao(h).load(schoolId));
        });
    }

    /**
     * Saves a form without errors in one transaction.
     *
     * @return the form's errors by field; nothing is written when there are any
     */
    public Map<String, String> save(UUID schoolId, SchoolSettingsForm form) {
        Map<String, String> errors = form.errors();
        if (!errors.isEmpty()) {
            return errors;
        }
        jdbi.useTransaction(h -> {
            h.createUpdate("""
                            update school set name = :name, urn = cast(:urn as text), phase = cast(:phase as text)
                            where id = :school and (name is distinct from :name or urn is distinct from cast(:urn as text)
                                or phase is distinct from cast(:phase as text))""")
                    .bind("school", schoolId)
                    .bind("name", form.name())
                    .bind("urn", form.urn())
                    .bind("phase", form.phase())
                    .execute();
            new SchoolDatesDao(h).replace(schoolId, form.dates());
        });
        log.info("School {} details and term dates saved", schoolId);
        return Map.of();
    }
}
