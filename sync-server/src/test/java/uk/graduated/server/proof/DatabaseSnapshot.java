package uk.graduated.server.proof;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Row count and a checksum of every row of every data table, so a test can say "this request changed
 * nothing". Columns that legitimately change on a refused request are left out of the checksum;
 * {@link #IGNORED} says which and why.
 */
public final class DatabaseSnapshot {
    /** Column left out, and why a refused request may still write it. */
    public record Ignored(String table, String column, String why) {
    }

    public static final List<Ignored> IGNORED = List.of(
            new Ignored("staff_session", "last_seen_at",
                    "every request with a valid token marks it seen (at most once a minute), before the request is judged"),
            new Ignored("device", "last_seen_at", "the same for the tablet of a device token or tablet session"),
            new Ignored("staff_session", "ended_at",
                    "the console ends a session idle for 30 minutes when its cookie is next shown, then sends the browser to sign in"),
            new Ignored("staff", "failed_sign_ins", "a wrong password counts towards the lockout; that is the point of it"),
            new Ignored("staff", "locked_until", "the fifth wrong password locks the account"),
            new Ignored("staff", "failed_pins", "a wrong PIN counts towards the PIN lockout"),
            new Ignored("staff", "pin_locked_until", "the fifth wrong PIN locks the person's PIN"));

    /** Rows left out, and why: a read that is served (a pupil's page, a provision map) records that it was viewed. */
    public static final Map<String, String> ROWS_LEFT_OUT = Map.of("access_log", "action <> 'viewed_pupil'");

    private final Map<String, String> tables;

    private DatabaseSnapshot(Map<String, String> tables) {
        this.tables = tables;
    }

    public static DatabaseSnapshot take(Jdbi jdbi) {
        return jdbi.withHandle(DatabaseSnapshot::take);
    }

    private static DatabaseSnapshot take(Handle h) {
        List<String> names = h.createQuery("""
                        select table_name from information_schema.tables
                        where table_schema = 'public' and table_type = 'BASE TABLE'
                          and table_name <> 'flyway_schema_history'
                        order by table_name""")
                .mapTo(String.class).list();
        List<String> parts = new ArrayList<>();
        for (String table : names) {
            parts.add("select '" + table + "' as t, count(*) || ':' || coalesce(md5(string_agg(r, ',' order by r)), '-')"
                    + " as v from (select (to_jsonb(x) - array[" + ignoredColumns(table) + "]::text[])::text as r from "
                    + table + " x" + (ROWS_LEFT_OUT.containsKey(table) ? " where " + ROWS_LEFT_OUT.get(table) : "")
                    + ") rows");
        }
        Map<String, String> tables = new TreeMap<>();
        h.createQuery(String.join(" union all ", parts))
                .map((rs, ctx) -> Map.entry(rs.getString("t"), rs.getString("v")))
                .forEach(e -> tables.put(e.getKey(), e.getValue()));
        return new DatabaseSnapshot(tables);
    }

    private static String ignoredColumns(String table) {
        List<String> columns = new ArrayList<>();
        for (Ignored ignored : IGNORED) {
            if (ignored.table().equals(table)) {
                columns.add("'" + ignored.column() + "'");
            }
        }
        return String.join(",", columns);
    }

    /** Tables whose rows differ from {@code earlier}'s, each with "count:checksum" before and after. */
    public Map<String, String> changedSince(DatabaseSnapshot earlier) {
        Map<String, String> changed = new LinkedHashMap<>();
        for (Map.Entry<String, String> table : tables.entrySet()) {
            String before = earlier.tables.get(table.getKey());
            if (!table.getValue().equals(before)) {
                changed.put(table.getKey(), before + " -> " + table.getValue());
            }
        }
        return changed;
    }

    /** How many tables are compared. */
    public int tableCount() {
        return tables.size();
    }

    /** Total rows compared. */
    public long rowCount() {
        return tables.values().stream().mapToLong(v -> Long.parseLong(v.substring(0, v.indexOf(':')))).sum();
    }
}
