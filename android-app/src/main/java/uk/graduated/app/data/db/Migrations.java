package uk.graduated.app.data.db;

import androidx.annotation.NonNull;
import androidx.room.migration.Migration;
import androidx.sqlite.db.SupportSQLiteDatabase;

/**
 * Every schema step of {@link AppDatabase}, each tested against the exported schema it starts from
 * ({@code schemas/.../<version>.json}). The SQL is Room's own create statements from the newer
 * schema file, so the migrated database passes Room's schema check.
 */
public final class Migrations {
    /**
     * Version 2 keeps the school, SEN provision, support plans and plan cycles, which version 1 let
     * pulls pass over. The pull cursors go back to the start, so the next sync brings those records
     * again (records already held are simply rewritten; the outbox is untouched). It also adds
     * {@code server_copy}, the server's state of a record kept while a local change to it waits, so a
     * refused change falls back on it (protocol.md section 6.4); a change that waited across the
     * upgrade has no copy, and the full pull after the upgrade brings the server's state instead.
     */
    public static final Migration FROM_1_TO_2 = new Migration(1, 2) {
        @Override
        public void migrate(@NonNull SupportSQLiteDatabase db) {
            db.execSQL("CREATE TABLE IF NOT EXISTS `school` (`name` TEXT NOT NULL, `phase` TEXT NOT NULL,"
                    + " `fields_json` TEXT NOT NULL, `id` TEXT NOT NULL, `server_version` INTEGER,"
                    + " `deleted` INTEGER NOT NULL, PRIMARY KEY(`id`))");
            db.execSQL("CREATE TABLE IF NOT EXISTS `sen_provision` (`pupil_id` TEXT NOT NULL, `provision` TEXT NOT NULL,"
                    + " `start_date` TEXT NOT NULL, `end_date` TEXT, `fields_json` TEXT NOT NULL, `id` TEXT NOT NULL,"
                    + " `server_version` INTEGER, `deleted` INTEGER NOT NULL, PRIMARY KEY(`id`))");
            db.execSQL("CREATE INDEX IF NOT EXISTS `index_sen_provision_pupil_id_start_date`"
                    + " ON `sen_provision` (`pupil_id`, `start_date`)");
            db.execSQL("CREATE TABLE IF NOT EXISTS `support_plan` (`pupil_id` TEXT NOT NULL, `fields_json` TEXT NOT NULL,"
                    + " `id` TEXT NOT NULL, `server_version` INTEGER, `deleted` INTEGER NOT NULL, PRIMARY KEY(`id`))");
            db.execSQL("CREATE INDEX IF NOT EXISTS `index_support_plan_pupil_id` ON `support_plan` (`pupil_id`)");
            db.execSQL("CREATE TABLE IF NOT EXISTS `plan_cycle` (`plan_id` TEXT NOT NULL, `start_date` TEXT NOT NULL,"
                    + " `review_date` TEXT NOT NULL, `status` TEXT NOT NULL, `fields_json` TEXT NOT NULL,"
                    + " `id` TEXT NOT NULL, `server_version` INTEGER, `deleted` INTEGER NOT NULL, PRIMARY KEY(`id`))");
            db.execSQL("CREATE INDEX IF NOT EXISTS `index_plan_cycle_plan_id` ON `plan_cycle` (`plan_id`)");
            db.execSQL("CREATE TABLE IF NOT EXISTS `server_copy` (`entity_type` TEXT NOT NULL, `entity_id` TEXT NOT NULL,"
                    + " `version` INTEGER NOT NULL, `deleted` INTEGER NOT NULL, `fields_json` TEXT NOT NULL,"
                    + " PRIMARY KEY(`entity_type`, `entity_id`))");
            db.execSQL("UPDATE sync_state SET cursor = NULL");
        }
    };

    /** What {@link AppDatabase#get} opens the database with. */
    public static final Migration[] ALL = {FROM_1_TO_2};

    private Migrations() {
    }
}
