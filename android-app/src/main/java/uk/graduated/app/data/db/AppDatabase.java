package uk.graduated.app.data.db;

import android.content.Context;

import androidx.room.Database;
import androidx.room.Room;
import androidx.room.RoomDatabase;

import uk.graduated.app.data.outbox.OutboxDao;
import uk.graduated.app.data.outbox.OutboxEntry;

/** The tablet's only store: the UI reads from here and every write goes here first. */
@Database(entities = {OutboxEntry.class}, version = 1, exportSchema = true)
public abstract class AppDatabase extends RoomDatabase {
    public static final String FILE_NAME = "graduated.db";

    private static volatile AppDatabase instance;

    public abstract OutboxDao outbox();

    public static AppDatabase get(Context context) {
        AppDatabase db = instance;
        if (db == null) {
            synchronized (AppDatabase.class) {
                db = instance;
                if (db == null) {
                    db = Room.databaseBuilder(context.getApplicationContext(), AppDatabase.class, FILE_NAME).build();
                    instance = db;
                }
            }
        }
        return db;
    }
}
