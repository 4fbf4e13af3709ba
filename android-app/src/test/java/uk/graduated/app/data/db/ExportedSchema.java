package uk.graduated.app.data.db;

import android.database.Cursor;
import android.database.sqlite.SQLiteDatabase;

import androidx.sqlite.db.SupportSQLiteDatabase;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One of the committed Room schema files ({@code android-app/schemas/...AppDatabase/<n>.json}): builds
 * a database exactly as that version's app made it, and describes a table as that version expects
 * it, so a migrated database can be compared with the file column by column and index by index.
 */
final class ExportedSchema {
    private static final Set<String> NOT_ROOMS = Set.of("room_master_table", "android_metadata", "sqlite_sequence");

    private final JsonObject database;

    private ExportedSchema(JsonObject database) {
        this.database = database;
    }

    static ExportedSchema version(int version) throws IOException {
        File module = new File(System.getProperty("basedir", System.getProperty("user.dir")));
        File file = new File(module, "schemas/" + AppDatabase.class.getName() + "/" + version + ".json");
        JsonObject root = JsonParser.parseString(Files.readString(file.toPath(), StandardCharsets.UTF_8)).getAsJsonObject();
        return new ExportedSchema(root.getAsJsonObject("database"));
    }

    int version() {
        return database.get("version").getAsInt();
    }

    String identityHash() {
        return database.get("identityHash").getAsString();
    }

    /** Creates the database file with this version's own statements, as the app of that version did on first start. */
    void create(File file) {
        try (SQLiteDatabase db = SQLiteDatabase.openOrCreateDatabase(file, null)) {
            for (JsonElement e : database.getAsJsonArray("entities")) {
                JsonObject entity = e.getAsJsonObject();
                String table = entity.get("tableName").getAsString();
                db.execSQL(entity.get("createSql").getAsString().replace("${TABLE_NAME}", table));
                for (JsonElement index : array(entity, "indices")) {
                    db.execSQL(index.getAsJsonObject().get("createSql").getAsString().replace("${TABLE_NAME}", table));
                }
            }
            for (JsonElement query : database.getAsJsonArray("setupQueries")) {
                db.execSQL(query.getAsString());
            }
            db.setVersion(version());
        }
    }

    Set<String> tables() {
        Set<String> names = new TreeSet<>();
        for (JsonElement e : database.getAsJsonArray("entities")) {
            names.add(e.getAsJsonObject().get("tableName").getAsString());
        }
        return names;
    }

    /** Each column as {@code name type [not null] [pk n]}, then each index as {@code index name [unique] (columns)}. */
    List<String> describe(String table) {
        JsonObject entity = entity(table);
        TreeMap<String, String> columns = new TreeMap<>();
        List<String> primaryKey = new ArrayList<>();
        for (JsonElement pk : entity.getAsJsonObject("primaryKey").getAsJsonArray("columnNames")) {
            primaryKey.add(pk.getAsString());
        }
        for (JsonElement f : entity.getAsJsonArray("fields")) {
            JsonObject field = f.getAsJsonObject();
            String name = field.get("columnName").getAsString();
            boolean notNull = field.has("notNull") && field.get("notNull").getAsBoolean();
            columns.put(name, column(name, field.get("affinity").getAsString(), notNull, primaryKey.indexOf(name) + 1));
        }
        List<String> lines = new ArrayList<>(columns.values());
        TreeMap<String, String> indices = new TreeMap<>();
        for (JsonElement i : array(entity, "indices")) {
            JsonObject index = i.getAsJsonObject();
            List<String> names = new ArrayList<>();
            index.getAsJsonArray("columnNames").forEach(c -> names.add(c.getAsString()));
            String name = index.get("name").getAsString();
            indices.put(name, index(name, index.get("unique").getAsBoolean(), names));
        }
        lines.addAll(indices.values());
        return lines;
    }

    /** The tables Room made in a live database (not SQLite's or Room's own bookkeeping). */
    static Set<String> tablesIn(SupportSQLiteDatabase db) {
        Set<String> names = new TreeSet<>();
        try (Cursor c = db.query("SELECT name FROM sqlite_master WHERE type = 'table'")) {
            while (c.moveToNext()) {
                if (!NOT_ROOMS.contains(c.getString(0))) {
                    names.add(c.getString(0));
                }
            }
        }
        return names;
    }

    /** A live table in the same form as {@link #describe}. */
    static List<String> describeIn(SupportSQLiteDatabase db, String table) {
        TreeMap<String, String> columns = new TreeMap<>();
        try (Cursor c = db.query("PRAGMA table_info(`" + table + "`)")) {
            while (c.moveToNext()) {
                String name = c.getString(c.getColumnIndexOrThrow("name"));
                columns.put(name, column(name, c.getString(c.getColumnIndexOrThrow("type")),
                        c.getInt(c.getColumnIndexOrThrow("notnull")) == 1, c.getInt(c.getColumnIndexOrThrow("pk"))));
            }
        }
        List<String> lines = new ArrayList<>(columns.values());
        TreeMap<String, String> indices = new TreeMap<>();
        try (Cursor c = db.query("PRAGMA index_list(`" + table + "`)")) {
            while (c.moveToNext()) {
                String name = c.getString(c.getColumnIndexOrThrow("name"));
                if (name.startsWith("sqlite_autoindex")) {
                    continue;
                }
                indices.put(name, index(name, c.getInt(c.getColumnIndexOrThrow("unique")) == 1, indexColumns(db, name)));
            }
        }
        lines.addAll(indices.values());
        return lines;
    }

    private static List<String> indexColumns(SupportSQLiteDatabase db, String index) {
        TreeMap<Integer, String> byPosition = new TreeMap<>();
        try (Cursor c = db.query("PRAGMA index_info(`" + index + "`)")) {
            while (c.moveToNext()) {
                byPosition.put(c.getInt(c.getColumnIndexOrThrow("seqno")), c.getString(c.getColumnIndexOrThrow("name")));
            }
        }
        return new ArrayList<>(byPosition.values());
    }

    private static String column(String name, String type, boolean notNull, int pkPosition) {
        return name + " " + type + (notNull ? " not null" : "") + (pkPosition > 0 ? " pk " + pkPosition : "");
    }

    private static String index(String name, boolean unique, List<String> columns) {
        return "index " + name + (unique ? " unique" : "") + " " + columns;
    }

    private JsonObject entity(String table) {
        for (JsonElement e : database.getAsJsonArray("entities")) {
            if (e.getAsJsonObject().get("tableName").getAsString().equals(table)) {
                return e.getAsJsonObject();
            }
        }
        throw new IllegalArgumentException("schema " + version() + " has no table " + table);
    }

    private static JsonArray array(JsonObject object, String member) {
        return object.has(member) ? object.getAsJsonArray(member) : new JsonArray();
    }
}
