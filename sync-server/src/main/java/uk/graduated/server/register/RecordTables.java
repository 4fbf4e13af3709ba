package uk.graduated.server.register;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import uk.graduated.model.sync.EntityType;

/**
 * The typed table of each entity a tablet may write. School and staff records are kept by the
 * accounts code and reach tablets through the device scope; photo bytes have their own upload.
 */
public final class RecordTables {
    private static final Map<EntityType, RecordTable> TABLES = new EnumMap<>(EntityType.class);

    static {
        Stream.concat(RegisterTables.all().stream(), ProvisionTables.all().stream())
                .forEach(table -> TABLES.put(table.type(), table));
    }

    private RecordTables() {
    }

    public static Optional<RecordTable> of(EntityType type) {
        return Optional.ofNullable(TABLES.get(type));
    }

    static RecordTable require(EntityType type) {
        return of(type).orElseThrow(() -> new IllegalArgumentException("no record table for " + type));
    }
}
