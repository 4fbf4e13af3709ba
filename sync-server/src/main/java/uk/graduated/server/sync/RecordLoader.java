package uk.graduated.server.sync;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.graduated.model.school.Role;
import uk.graduated.model.school.School;
import uk.graduated.model.school.SchoolJson;
import uk.graduated.model.school.SchoolPhase;
import uk.graduated.model.school.StaffMember;
import uk.graduated.model.school.StaffMemberJson;
import uk.graduated.model.sync.EntityType;
import uk.graduated.model.validation.ValidationException;
import uk.graduated.server.register.RecordStore;
import uk.graduated.server.register.RecordTables;
import uk.graduated.server.register.StoredRecord;

/** Loads the current state of the records a pull page sends: one query per entity type, never one per record. */
final class RecordLoader {
    private static final Logger log = LoggerFactory.getLogger(RecordLoader.class);

    private final Handle handle;
    private final UUID schoolId;

    RecordLoader(Handle handle, UUID schoolId) {
        this.handle = handle;
        this.schoolId = schoolId;
    }

    /** The JSON form of each live record among {@code entries}, by id. */
    Map<UUID, JsonObject> load(List<ChangeLog.Entry> entries) {
        Map<EntityType, List<UUID>> byType = new EnumMap<>(EntityType.class);
        entries.stream().filter(e -> !e.deleted())
                .forEach(e -> byType.computeIfAbsent(e.type(), t -> new ArrayList<>()).add(e.entityId()));
        Map<UUID, JsonObject> records = new HashMap<>();
        RecordStore store = new RecordStore(handle, schoolId);
        byType.forEach((type, ids) -> {
            switch (type) {
                case SCHOOL -> records.putAll(schools(ids));
                case STAFF -> records.putAll(staff(ids));
                default -> RecordTables.of(type).ifPresent(table -> store.load(table, ids).values()
                        .forEach((StoredRecord r) -> records.put(r.id(), r.data())));
            }
        });
        return records;
    }

    /** A school whose phase nobody has set yet cannot be written in its JSON form, so it waits. */
    private Map<UUID, JsonObject> schools(List<UUID> ids) {
        Map<UUID, JsonObject> schools = new HashMap<>();
        handle.createQuery("select id, name, urn, phase from school where id = :school and id = any(:ids) and phase is not null")
                .bind("school", schoolId)
                .bind("ids", ids.toArray(UUID[]::new))
                .map((rs, ctx) -> new School(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("urn"),
                        SchoolPhase.fromCode(rs.getString("phase")).orElseThrow()))
                .forEach(school -> schools.put(school.id(), SchoolJson.toJson(school)));
        return schools;
    }

    private Map<UUID, JsonObject> staff(List<UUID> ids) {
        Map<UUID, JsonObject> staff = new HashMap<>();
        handle.createQuery("select id, display_name, email, roles from staff where school_id = :school and id = any(:ids)")
                .bind("school", schoolId)
                .bind("ids", ids.toArray(UUID[]::new))
                .map((rs, ctx) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    Set<Role> roles = EnumSet.noneOf(Role.class);
                    for (String code : (String[]) rs.getArray("roles").getArray()) {
                        Role.fromCode(code).ifPresent(roles::add);
                    }
                    try {
                        return StaffMemberJson.toJson(new StaffMember(id, schoolId, rs.getString("display_name"),
                                rs.getString("email"), roles));
                    } catch (ValidationException e) {
                        log.warn("Staff record {} is not valid for sync and was left out (fields {})", id,
                                e.errors().stream().map(error -> error.field()).toList());
                        return null;
                    }
                })
                .forEach(json -> {
                    if (json != null) {
                        staff.put(UUID.fromString(json.get("id").getAsString()), json);
                    }
                });
        return staff;
    }
}
