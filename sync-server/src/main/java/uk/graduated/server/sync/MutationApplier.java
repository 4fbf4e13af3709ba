package uk.graduated.server.sync;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import uk.graduated.model.sync.EntityType;
import uk.graduated.model.sync.FieldResolution;
import uk.graduated.model.sync.Mutation;
import uk.graduated.model.sync.MutationOutcome;
import uk.graduated.model.sync.Operation;
import uk.graduated.model.sync.RejectionCode;
import uk.graduated.model.validation.FieldError;
import uk.graduated.model.validation.ValidationException;
import uk.graduated.server.auth.Principal;
import uk.graduated.server.register.RecordChecks;
import uk.graduated.server.register.RecordStore;
import uk.graduated.server.register.RecordTable;
import uk.graduated.server.register.RecordTables;
import uk.graduated.server.register.ScopeKeys;
import uk.graduated.server.register.StoredRecord;
import uk.graduated.server.register.WriteMeta;
import uk.graduated.server.register.Writes;

/**
 * Applies one mutation of a push, whose transaction holds the school clock, at {@code version}, by
 * the first matching rule of protocol section 6.3. Every refusal is decided before anything is
 * written, so a rejected mutation changes nothing but its stored outcome. What the push knows of the
 * school's records comes from {@link KnownRecords}; the writes go through the push's {@link Writes}.
 */
final class MutationApplier {
    private final Handle handle;
    private final Principal principal;
    private final long version;
    private final RecordStore store;
    private final KnownRecords known;
    private final RecordChecks checks;
    private final ChangeLog changeLog;
    private final RecordHistory history;
    private final WritePermissions permissions;

    MutationApplier(Writes writes, KnownRecords known, Principal principal, LocalDate today, long version,
                    WritePermissions permissions) {
        // Not flushed: the one query it serves works out whose groups and rooms the person has, which
        // no write a tablet may send changes (a SENCO's scope is the whole school and needs no query).
        this.handle = writes.handle();
        this.principal = principal;
        this.version = version;
        this.store = new RecordStore(writes, principal.schoolId());
        this.known = known;
        this.checks = new RecordChecks(store, known, principal.schoolId(), today);
        this.changeLog = new ChangeLog(writes, principal.schoolId());
        this.history = new RecordHistory(writes, principal.schoolId());
        this.permissions = permissions;
    }

    MutationOutcome apply(Mutation m) {
        Optional<ChangeLog.Entry> logged = known.logged(m.entityId());
        if (logged.isPresent() && logged.get().type() != m.entityType()) {
            return Rejections.of(m.mutationId(), RejectionCode.WRONG_ENTITY_TYPE, "This id belongs to a "
                    + Nouns.of(logged.get().type()) + ", not a " + Nouns.of(m.entityType()) + ".");
        }
        Optional<RecordTable> table = RecordTables.of(m.entityType());
        if (table.isEmpty()) {
            return notWritableFromTablets(m);
        }
        if (!permissions.mayWrite(m.entityType())) {
            return Rejections.of(m.mutationId(), RejectionCode.FORBIDDEN, WritePermissions.refusalForType(m.entityType()));
        }
        StoredRecord current = known.current(table.get(), m.entityId()).orElse(null);
        if (m.operation() == Operation.DELETE) {
            return delete(m, table.get(), current, logged);
        }
        return current == null ? create(m, table.get()) : edit(m, table.get(), current, logged);
    }

    private MutationOutcome notWritableFromTablets(Mutation m) {
        if (m.entityType() == EntityType.PHOTO) {
            return Rejections.invalid(m.mutationId(), List.of(new FieldError("entityType", "not_allowed",
                    "photo records are made by uploading the photo (PUT /api/v1/photos/{sha256}), not by a mutation")));
        }
        return Rejections.of(m.mutationId(), RejectionCode.FORBIDDEN,
                "School and staff details are changed in the console, not from a tablet.");
    }

    private MutationOutcome delete(Mutation m, RecordTable table, StoredRecord current, Optional<ChangeLog.Entry> logged) {
        if (current == null) {
            return Rejections.of(m.mutationId(), RejectionCode.NOT_FOUND,
                    "This " + Nouns.of(m.entityType()) + " is not on the server, so it cannot be deleted.");
        }
        ScopeKeys keys = logged.map(ChangeLog.Entry::keys).orElseGet(() -> store.scopeKeys(table, current.data()));
        String refusal = permissions.refusal(handle, m.entityType(), keys);
        if (refusal != null) {
            return Rejections.of(m.mutationId(), RejectionCode.FORBIDDEN, refusal);
        }
        if (current.deleted()) {
            return new MutationOutcome.Applied(m.mutationId(), current.version());
        }
        WriteMeta meta = meta(m);
        store.tombstone(table, m.entityId(), meta);
        history.append(m.entityType(), m.entityId(), author(m), current.data(), null, null, false);
        logChange(m, true, current.data(), keys);
        return new MutationOutcome.Applied(m.mutationId(), version);
    }

    private MutationOutcome create(Mutation m, RecordTable table) {
        if (m.baseVersion() != null) {
            return Rejections.of(m.mutationId(), RejectionCode.NOT_FOUND, "This " + Nouns.of(m.entityType())
                    + " is not on the server, so it cannot be changed; it may have been made on a tablet that"
                    + " has not synced.");
        }
        JsonObject fields = m.fields();
        JsonElement id = fields.get("id");
        if (id != null && id.isJsonPrimitive() && !id.getAsString().equalsIgnoreCase(m.entityId().toString())) {
            return Rejections.invalid(m.mutationId(), List.of(new FieldError("fields.id", "invalid_value",
                    "id must equal the mutation's entityId")));
        }
        JsonObject record;
        try {
            record = table.validate(fields, "fields");
        } catch (ValidationException e) {
            return Rejections.invalid(m.mutationId(), e.errors());
        }
        List<FieldError> errors = checks.check(table, record, null);
        if (!errors.isEmpty()) {
            return Rejections.invalid(m.mutationId(), errors);
        }
        ScopeKeys keys = store.scopeKeys(table, record);
        String refusal = permissions.refusal(handle, m.entityType(), keys);
        if (refusal != null) {
            return Rejections.of(m.mutationId(), RejectionCode.FORBIDDEN, refusal);
        }
        store.write(table, record, keys, meta(m));
        history.append(m.entityType(), m.entityId(), author(m), null, record, null, false);
        logChange(m, false, record, keys);
        return new MutationOutcome.Applied(m.mutationId(), version);
    }

    private MutationOutcome edit(Mutation m, RecordTable table, StoredRecord current, Optional<ChangeLog.Entry> logged) {
        ScopeKeys keys = logged.map(ChangeLog.Entry::keys).orElseGet(() -> store.scopeKeys(table, current.data()));
        String refusal = permissions.refusal(handle, m.entityType(), keys, m.fields().keySet());
        if (refusal != null) {
            return Rejections.of(m.mutationId(), RejectionCode.FORBIDDEN, refusal);
        }
        if (current.deleted()) {
            return Rejections.of(m.mutationId(), RejectionCode.ENTITY_DELETED, "This " + Nouns.of(m.entityType())
                    + " was deleted on the server, so the change cannot be applied.");
        }
        if (!m.entityType().editable()) {
            return sameInsert(m, table, current);
        }
        JsonObject fields = m.fields();
        List<FieldError> fixed = changedFixedMembers(table, current.data(), fields);
        if (!fixed.isEmpty()) {
            return Rejections.invalid(m.mutationId(), fixed);
        }
        JsonObject merged = current.data();
        fields.entrySet().forEach(member -> {
            if (member.getValue().isJsonNull()) {
                merged.remove(member.getKey());
            } else {
                merged.add(member.getKey(), member.getValue());
            }
        });
        JsonObject record;
        try {
            record = table.validate(merged, "fields");
        } catch (ValidationException e) {
            return Rejections.invalid(m.mutationId(), e.errors());
        }
        List<FieldError> errors = checks.check(table, record, fields.keySet());
        if (!errors.isEmpty()) {
            return Rejections.invalid(m.mutationId(), errors);
        }
        if (record.equals(current.data())) {
            return new MutationOutcome.Applied(m.mutationId(), current.version());
        }
        List<FieldResolution> resolutions = resolutions(m, current, record, fields.keySet());
        store.write(table, record, keys, meta(m));
        history.append(m.entityType(), m.entityId(), author(m), current.data(), record, conflictJson(resolutions),
                resolutions.stream().anyMatch(r -> r.resolution() == FieldResolution.Resolution.KEPT_BOTH));
        logChange(m, false, record, keys);
        return resolutions.isEmpty() ? new MutationOutcome.Applied(m.mutationId(), version)
                : new MutationOutcome.Merged(m.mutationId(), version, resolutions);
    }

    /** A second upsert of an insert-only record: harmless when it says the same, refused otherwise. */
    private MutationOutcome sameInsert(Mutation m, RecordTable table, StoredRecord current) {
        try {
            if (table.validate(m.fields(), "fields").equals(current.data())) {
                return new MutationOutcome.Applied(m.mutationId(), current.version());
            }
        } catch (ValidationException e) {
            // A different, invalid record is refused as insert-only like any other different one.
        }
        return Rejections.of(m.mutationId(), RejectionCode.INSERT_ONLY, "A " + Nouns.of(m.entityType())
                + " cannot be changed once saved; delete it and record a new one.");
    }

    private List<FieldResolution> resolutions(Mutation m, StoredRecord current, JsonObject record, Set<String> sent) {
        long base = m.baseVersion() == null ? 0 : m.baseVersion();
        if (base >= current.version()) {
            return List.of();
        }
        List<RecordHistory.Entry> since = history.since(m.entityId(), base);
        return Conflicts.find(current.data(), record, sent, since, m.deviceId());
    }

    private static List<FieldError> changedFixedMembers(RecordTable table, JsonObject current, JsonObject fields) {
        List<FieldError> errors = new ArrayList<>();
        for (String member : table.fixedMembers()) {
            JsonElement sent = fields.get(member);
            if (sent != null && !sent.equals(current.get(member))
                    && !(sent.isJsonPrimitive() && current.has(member) && current.get(member).isJsonPrimitive()
                         && sent.getAsString().equalsIgnoreCase(current.get(member).getAsString()))) {
                errors.add(new FieldError("fields." + member, "not_allowed",
                        member + " cannot change once the record exists; make a new record instead"));
            }
        }
        return errors;
    }

    private static JsonArray conflictJson(List<FieldResolution> resolutions) {
        if (resolutions.isEmpty()) {
            return null;
        }
        JsonArray conflict = new JsonArray();
        for (FieldResolution r : resolutions) {
            JsonObject item = new JsonObject();
            item.addProperty("field", r.field());
            item.addProperty("resolution", r.resolution().code());
            item.add("otherValue", r.otherValue());
            conflict.add(item);
        }
        return conflict;
    }

    private void logChange(Mutation m, boolean deleted, JsonObject data, ScopeKeys keys) {
        changeLog.record(m.entityType(), m.entityId(), version, deleted, keys);
        known.wrote(m.entityType(), m.entityId(), version, deleted, data, keys);
    }

    private WriteMeta meta(Mutation m) {
        return new WriteMeta(version, principal.staffId(), m.deviceId());
    }

    private RecordHistory.Author author(Mutation m) {
        return new RecordHistory.Author(version, principal.staffId(), m.deviceId(), m.mutationId());
    }
}
