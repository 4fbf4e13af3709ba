package uk.graduated.server.bench;

import com.google.gson.JsonObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import uk.graduated.model.json.JsonText;
import uk.graduated.model.sync.Mutation;
import uk.graduated.server.config.ExternalDatabase;

/**
 * P1's baseline: the rows a push of session logs stores (the typed row, its history entry, its
 * change-log entry and the mutation's outcome), written with plain JDBC batches and
 * {@code reWriteBatchedInserts=true}: what the same PostgreSQL takes with no sync logic in the way.
 */
final class RawInserts {
    private static final int BATCH = 500;

    private final ExternalDatabase database;
    private final UUID schoolId;
    private final UUID staffId;

    RawInserts(ExternalDatabase database, UUID schoolId, UUID staffId) {
        this.database = database;
        this.schoolId = schoolId;
        this.staffId = staffId;
    }

    /** Inserts the rows of these session-log creations in transactions of {@value #BATCH}. */
    void insert(List<Mutation> mutations) throws SQLException {
        String url = database.jdbcUrl() + (database.jdbcUrl().contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
        try (Connection c = DriverManager.getConnection(url, database.user(), database.password())) {
            c.setAutoCommit(false);
            for (int from = 0; from < mutations.size(); from += BATCH) {
                List<Mutation> batch = mutations.subList(from, Math.min(mutations.size(), from + BATCH));
                long first = takeVersions(c, batch.size());
                insertBatch(c, batch, first);
                c.commit();
            }
        }
    }

    private long takeVersions(Connection c, int count) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "update school_clock set version = version + ? where school_id = ? returning version")) {
            s.setInt(1, count);
            s.setObject(2, schoolId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1) - count + 1;
            }
        }
    }

    private void insertBatch(Connection c, List<Mutation> batch, long firstVersion) throws SQLException {
        try (PreparedStatement typed = c.prepareStatement("""
                insert into session_log (school_id, id, intervention_id, date, start_time, minutes, delivered_by,
                    attendance, ratings, notes, concern_flagged, concern_text, recorded_at, recorded_device, version,
                    deleted, updated_by, updated_device)
                values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?, ?, ?, ?, ?, ?, false, ?, ?)""");
             PreparedStatement history = c.prepareStatement("""
                insert into record_history (school_id, entity_type, entity_id, version, changed_by, device_id,
                    mutation_id, old_data, new_data, conflict, needs_review)
                values (?, 'session_log', ?, ?, ?, ?, ?, null, cast(? as jsonb), null, false)""");
             PreparedStatement log = c.prepareStatement("""
                insert into change_log (school_id, entity_id, entity_type, version, deleted, pupil_ids, intervention_id,
                    changed_at)
                values (?, ?, 'session_log', ?, false, '{}', ?, now())""");
             PreparedStatement applied = c.prepareStatement("""
                insert into applied_mutation (school_id, mutation_id, device_id, staff_id, entity_type, entity_id,
                    outcome)
                values (?, ?, ?, ?, 'session_log', ?, cast(? as jsonb))""")) {
            long version = firstVersion;
            for (Mutation m : batch) {
                JsonObject f = m.fields();
                UUID interventionId = UUID.fromString(f.get("interventionId").getAsString());
                int i = 1;
                typed.setObject(i++, schoolId);
                typed.setObject(i++, m.entityId());
                typed.setObject(i++, interventionId);
                typed.setObject(i++, LocalDate.parse(f.get("date").getAsString()));
                typed.setObject(i++, LocalTime.parse(f.get("startTime").getAsString()));
                typed.setInt(i++, f.get("minutes").getAsInt());
                typed.setObject(i++, UUID.fromString(f.get("deliveredBy").getAsString()));
                typed.setString(i++, JsonText.compact(f.get("attendance")));
                typed.setString(i++, JsonText.compact(f.get("ratings")));
                typed.setString(i++, f.get("notes").isJsonNull() ? null : f.get("notes").getAsString());
                typed.setBoolean(i++, f.get("concernFlagged").getAsBoolean());
                typed.setNull(i++, Types.VARCHAR);
                typed.setObject(i++, OffsetDateTime.ofInstant(Instant.parse(f.get("recordedAt").getAsString()), ZoneOffset.UTC));
                typed.setObject(i++, m.deviceId());
                typed.setLong(i++, version);
                typed.setObject(i++, staffId);
                typed.setObject(i, m.deviceId());
                typed.addBatch();

                history.setObject(1, schoolId);
                history.setObject(2, m.entityId());
                history.setLong(3, version);
                history.setObject(4, staffId);
                history.setObject(5, m.deviceId());
                history.setObject(6, m.mutationId());
                history.setString(7, JsonText.compact(f));
                history.addBatch();

                log.setObject(1, schoolId);
                log.setObject(2, m.entityId());
                log.setLong(3, version);
                log.setObject(4, interventionId);
                log.addBatch();

                applied.setObject(1, schoolId);
                applied.setObject(2, m.mutationId());
                applied.setObject(3, m.deviceId());
                applied.setObject(4, staffId);
                applied.setObject(5, m.entityId());
                applied.setString(6, "{\"mutationId\":\"" + m.mutationId() + "\",\"status\":\"applied\",\"serverVersion\":"
                        + version + "}");
                applied.addBatch();
                version++;
            }
            typed.executeBatch();
            history.executeBatch();
            log.executeBatch();
            applied.executeBatch();
        }
    }
}
