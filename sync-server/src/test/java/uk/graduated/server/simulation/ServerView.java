package uk.graduated.server.simulation;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import uk.graduated.model.sync.EntityType;
import uk.graduated.server.auth.Principal;
import uk.graduated.server.auth.Scope;
import uk.graduated.server.auth.Visibility;
import uk.graduated.server.sync.SyncFixture;

/** What the server's own tables say: the change log of the school and who may see which record. */
public final class ServerView {
    /** One change_log row: a record's latest version and the keys that decide who sees it. */
    public record Logged(UUID id, EntityType type, long version, boolean deleted, List<UUID> pupilIds, UUID interventionId) {
    }

    private final Jdbi jdbi;
    private final UUID schoolId;

    public ServerView(Jdbi jdbi, UUID schoolId) {
        this.jdbi = jdbi;
        this.schoolId = schoolId;
    }

    public Map<UUID, Logged> changeLog() {
        return jdbi.withHandle(h -> {
            Map<UUID, Logged> rows = new HashMap<>();
            h.createQuery("select entity_id, entity_type, version, deleted, pupil_ids, intervention_id"
                            + " from change_log where school_id = :school")
                    .bind("school", schoolId)
                    .map((rs, ctx) -> new Logged(rs.getObject("entity_id", UUID.class),
                            EntityType.fromWireName(rs.getString("entity_type")).orElseThrow(),
                            rs.getLong("version"), rs.getBoolean("deleted"),
                            Arrays.asList((UUID[]) rs.getArray("pupil_ids").getArray()),
                            rs.getObject("intervention_id", UUID.class)))
                    .forEach(row -> rows.put(row.id(), row));
            return rows;
        });
    }

    public Visibility visibility(Principal principal) {
        return jdbi.withHandle(h -> Scope.of(principal).visibility(h, LocalDate.now(SyncFixture.CLOCK)));
    }

    public static boolean sees(Visibility visibility, Logged row) {
        return visibility.sees(row.type(), row.pupilIds(), row.interventionId());
    }

    /** A count over this school's rows; {@code id} binds {@code :id} when the query has it. */
    public long count(String sql, Object id) {
        return jdbi.withHandle(h -> {
            var query = h.createQuery(sql).bind("school", schoolId);
            if (id != null) {
                query.bind("id", id);
            }
            return query.mapTo(Long.class).one();
        });
    }
}
