package uk.graduated.server.register;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import uk.graduated.model.json.JsonFields;
import uk.graduated.model.sync.EntityType;
import uk.graduated.model.validation.ValidationException;

/**
 * The typed table of one synced entity: which columns hold which members of its JSON form, the
 * codec that validates it, the records it names and what scopes it. Definitions live in
 * {@link RegisterTables} and {@link ProvisionTables}.
 */
public final class RecordTable {
    private final EntityType type;
    private final String name;
    private final Function<JsonFields, JsonObject> codec;
    private final List<Column> columns = new ArrayList<>();
    private final List<Derived> derived = new ArrayList<>();
    private final List<Reference> references = new ArrayList<>();
    private final ScopeRule scope;
    private final Set<String> fixedMembers;

    /**
     * @param codec        reads the JSON form with the entity's codec and writes it back: the
     *                     record's rules applied, blanks dropped, sets in their stable order
     * @param fixedMembers members that may not change once the record exists, such as its
     *                     {@code pupilId}: they decide where a record belongs and who sees it
     */
    RecordTable(EntityType type, String name, Function<JsonFields, JsonObject> codec, ScopeRule scope,
                Set<String> fixedMembers) {
        this.type = type;
        this.name = name;
        this.codec = codec;
        this.scope = scope;
        this.fixedMembers = Set.copyOf(fixedMembers);
    }

    /** A column named after its member in snake case. */
    RecordTable column(String member, Kind kind) {
        return column(member, Column.snakeCase(member), kind);
    }

    RecordTable column(String member, String column, Kind kind) {
        columns.add(new Column(member, column, kind));
        return this;
    }

    /** A column that is not part of the JSON form, computed from the record and its scope keys. */
    RecordTable derived(String column, Kind kind, BiFunction<JsonObject, ScopeKeys, JsonElement> value) {
        derived.add(new Derived(column, kind, value));
        return this;
    }

    RecordTable references(String member, EntityType target) {
        references.add(new Reference(member, target));
        return this;
    }

    public EntityType type() {
        return type;
    }

    String name() {
        return name;
    }

    List<Reference> references() {
        return List.copyOf(references);
    }

    public Set<String> fixedMembers() {
        return fixedMembers;
    }

    /**
     * The record in its stored JSON form, or the entity's rules broken, each error named under
     * {@code path} ({@code fields.minutes}).
     *
     * @throws ValidationException with every error found
     */
    public JsonObject validate(JsonObject json, String path) {
        JsonObject canonical = codec.apply(new JsonFields(json, path));
        return build(column -> {
            JsonElement value = member(canonical, column);
            return value == null || value.isJsonNull() ? null : column.kind().normalise(value);
        });
    }

    ScopeKeys scopeKeys(JsonObject record, ScopeRule.ParentPupils parents) {
        return scope.keysOf(record, parents);
    }

    /** Column values for a record in its stored JSON form, in column order, derived columns last. */
    Map<String, Object> values(JsonObject record, ScopeKeys keys) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Column column : columns) {
            JsonElement value = member(record, column);
            values.put(column.name(), value == null || value.isJsonNull() ? null : column.kind().toDb(value));
        }
        for (Derived d : derived) {
            JsonElement value = d.value().apply(record, keys);
            values.put(d.column(), value == null ? null : d.kind().toDb(value));
        }
        return values;
    }

    /** Every written column with its SQL type, in the order of {@link #values}. */
    Map<String, Kind> columnKinds() {
        Map<String, Kind> kinds = new LinkedHashMap<>();
        columns.forEach(c -> kinds.put(c.name(), c.kind()));
        derived.forEach(d -> kinds.put(d.column(), d.kind()));
        return kinds;
    }

    JsonObject fromRow(ResultSet rs) throws SQLException {
        Map<Column, Object> values = new LinkedHashMap<>();
        for (Column column : columns) {
            values.put(column, column.kind().read(rs, column.name()));
        }
        return build(column -> {
            Object value = values.get(column);
            return value == null ? null : column.kind().toJson(value);
        });
    }

    /** The JSON form from one value per column; absent values leave their member out, as the codecs do. */
    private JsonObject build(Function<Column, JsonElement> valueOf) {
        JsonObject record = new JsonObject();
        for (Column column : columns) {
            JsonElement value = valueOf.apply(column);
            if (!column.isNested()) {
                if (value != null) {
                    record.add(column.member(), value);
                }
                continue;
            }
            if (!record.has(column.topLevelMember())) {
                record.add(column.topLevelMember(), new JsonObject());
            }
            if (value != null) {
                record.getAsJsonObject(column.topLevelMember()).add(column.nestedName(), value);
            }
        }
        // A nested object whose every column is empty was absent, e.g. a membership's exit score.
        columns.stream().filter(Column::isNested).map(Column::topLevelMember).distinct()
                .filter(top -> record.getAsJsonObject(top).size() == 0)
                .forEach(record::remove);
        return record;
    }

    private static JsonElement member(JsonObject record, Column column) {
        if (!column.isNested()) {
            return record.get(column.member());
        }
        JsonElement nested = record.get(column.topLevelMember());
        return nested == null || !nested.isJsonObject() ? null : nested.getAsJsonObject().get(column.nestedName());
    }

    private record Derived(String column, Kind kind, BiFunction<JsonObject, ScopeKeys, JsonElement> value) {
    }
}
