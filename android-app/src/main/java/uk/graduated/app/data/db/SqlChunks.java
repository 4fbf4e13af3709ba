package uk.graduated.app.data.db;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the values of an {@code IN (...)} list: SQLite before 3.32 (Android before 11) binds at
 * most 999 parameters per statement, and a pull page may name up to 1,000 records.
 */
public final class SqlChunks {
    static final int MAX_PARAMETERS = 500;

    private SqlChunks() {
    }

    public static <T> List<List<T>> of(List<T> values) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < values.size(); from += MAX_PARAMETERS) {
            chunks.add(values.subList(from, Math.min(values.size(), from + MAX_PARAMETERS)));
        }
        return chunks;
    }
}
