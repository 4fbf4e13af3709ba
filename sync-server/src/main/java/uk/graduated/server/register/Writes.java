package uk.graduated.server.register;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.Update;

/**
 * Where the writes of a transaction go: straight to PostgreSQL, or held and sent as JDBC batches,
 * a few round trips for a whole push instead of several per record.
 *
 * <p>Held writes keep the order that matters. Record rows ({@link #row}) are sent in the order they
 * were made, consecutive statements of the same shape in one batch, because the record tables refer
 * to each other (a group place names its pupil, which the same push may have created). Log rows
 * ({@link #log}: history, change log, outcomes) refer to no record, so each shape is one batch, sent
 * after the record rows. A batch never writes one row twice: the driver sends a batch of inserts as
 * one multi-row statement ({@code reWriteBatchedInserts}), and PostgreSQL refuses an upsert that
 * touches a row twice, so a second write of a row starts a new batch. A reader that must see what
 * was written calls {@link #flush} first.
 */
public final class Writes {
    private final Handle handle;
    private final boolean held;
    private final List<Batch> rows = new ArrayList<>();
    private final Map<String, List<Batch>> logs = new LinkedHashMap<>();

    private Writes(Handle handle, boolean held) {
        this.handle = handle;
        this.held = held;
    }

    /** Every statement runs when it is made. */
    public static Writes immediate(Handle handle) {
        return new Writes(handle, false);
    }

    /** Statements wait for {@link #flush}. */
    public static Writes held(Handle handle) {
        return new Writes(handle, true);
    }

    public Handle handle() {
        return handle;
    }

    /**
     * A write to a record table.
     *
     * @param key the row's identity, such as the record's id
     */
    public void row(String sql, Object key, Consumer<SqlStatement<?>> binds) {
        add(rows, sql, key, binds);
    }

    /**
     * A write to a table no record refers to.
     *
     * @param key the row's identity when the statement may meet the same row again (an upsert), else null
     */
    public void log(String sql, Object key, Consumer<SqlStatement<?>> binds) {
        add(logs.computeIfAbsent(sql, s -> new ArrayList<>()), sql, key, binds);
    }

    private void add(List<Batch> batches, String sql, Object key, Consumer<SqlStatement<?>> binds) {
        if (!held) {
            run(sql, binds);
            return;
        }
        Batch last = batches.isEmpty() ? null : batches.get(batches.size() - 1);
        if (last == null || !last.sql.equals(sql) || (key != null && last.keys.contains(key))) {
            last = new Batch(sql);
            batches.add(last);
        }
        if (key != null) {
            last.keys.add(key);
        }
        last.binds.add(binds);
    }

    /** Sends the held writes, record rows first, and returns the handle for a read that must see them. */
    public Handle flush() {
        rows.forEach(this::send);
        logs.values().forEach(batches -> batches.forEach(this::send));
        rows.clear();
        logs.clear();
        return handle;
    }

    private void run(String sql, Consumer<SqlStatement<?>> binds) {
        Update update = handle.createUpdate(sql);
        binds.accept(update);
        update.execute();
    }

    private void send(Batch batch) {
        if (batch.binds.size() == 1) {
            run(batch.sql, batch.binds.get(0));
            return;
        }
        PreparedBatch prepared = handle.prepareBatch(batch.sql);
        for (Consumer<SqlStatement<?>> binds : batch.binds) {
            binds.accept(prepared);
            prepared.add();
        }
        prepared.execute();
    }

    private static final class Batch {
        private final String sql;
        private final List<Consumer<SqlStatement<?>>> binds = new ArrayList<>();
        private final Set<Object> keys = new HashSet<>();

        private Batch(String sql) {
            this.sql = sql;
        }
    }
}
