package uk.graduated.server.school;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/** The {@code school_date_range} rows of one school. */
public final class SchoolDatesDao {
    private final Handle handle;

    public SchoolDatesDao(Handle handle) {
        this.handle = handle;
    }

    public SchoolDates load(UUID schoolId) {
        List<SchoolDates.Entry> terms = new ArrayList<>();
        List<SchoolDates.Entry> closures = new ArrayList<>();
        handle.createQuery("""
                        select kind, label, starts_on, ends_on from school_date_range
                        where school_id = :school order by starts_on, ends_on, label""")
                .bind("school", schoolId)
                .map((rs, ctx) -> {
                    SchoolDates.Entry entry = new SchoolDates.Entry(rs.getString("label"),
                            rs.getObject("starts_on", LocalDate.class),
                            rs.getObject("ends_on", LocalDate.class));
                    (rs.getString("kind").equals("term") ? terms : closures).add(entry);
                    return entry;
                })
                .list();
        return new SchoolDates(terms, closures);
    }

    /** Replaces every entered range of the school; the caller holds the transaction. */
    public void replace(UUID schoolId, SchoolDates dates) {
        handle.createUpdate("delete from school_date_range where school_id = :school").bind("school", schoolId).execute();
        insert(schoolId, "term", dates.terms());
        insert(schoolId, "closure", dates.closures());
    }

    private void insert(UUID schoolId, String kind, List<SchoolDates.Entry> entries) {
        for (SchoolDates.Entry entry : entries) {
            handle.createUpdate("""
                            insert into school_date_range (school_id, id, kind, label, starts_on, ends_on)
                            values (:school, :id, :kind, :label, :starts, :ends)""")
                    .bind("school", schoolId)
                    .bind("id", UUID.randomUUID())
                    .bind("kind", kind)
                    .bind("label", entry.label())
                    .bind("starts", entry.startsOn())
                    .bind("ends", entry.endsOn())
                    .execute();
        }
    }
}
