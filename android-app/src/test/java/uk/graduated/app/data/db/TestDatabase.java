package uk.graduated.app.data.db;

import androidx.room.Room;

import org.robolectric.RuntimeEnvironment;

/** A fresh in-memory database per test, as the app's Room schema builds it. */
public final class TestDatabase {
    private TestDatabase() {
    }

    public static AppDatabase inMemory() {
        return Room.inMemoryDatabaseBuilder(RuntimeEnvironment.getApplication(), AppDatabase.class)
                .allowMainThreadQueries()
                .build();
    }
}
