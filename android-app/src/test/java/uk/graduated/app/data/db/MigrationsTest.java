package uk.graduated.app.data.db;

import static org.assertj.core.api.Assertions.assertThat;

import android.content.ContentValues;
import android.database.Cursor;
import android.database.sqlite.SQLiteDatabase;

import androidx.room.Room;
import androidx.sqlite.db.SupportSQLiteDatabase;

import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.UUID;

import org.junit.After;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.RuntimeEnvironment;
import org.robolectric.annotation.Config;

import uk.graduated.app.data.plan.PlanCycleEntity;
import uk.graduated.app.sync.android.RoomLocalApplier;
import uk.graduated.app.sync.engine.SyncScope;
import uk.graduated.model.json.JsonText;
import uk.graduated.model.plan.PlanCycleJson;
import uk.graduated.model.plan.PlanExamples;
import uk.graduated.model.plan.SupportPlanJson;
import uk.graduated.model.pupil.PupilJson;
import uk.graduated.model.pupil.RegisterExamples;
import uk.graduated.model.school.SchoolExamples;
import uk.graduated.model.school.SchoolJson;
import uk.graduated.model.sen.ProvisionEntry;
import uk.graduated.model.sen.ProvisionEntryJson;
import uk.graduated.model.sen.SenProvision;
import uk.graduated.model.sen.SenExamples;
import uk.graduated.model.sync.Change;
import uk.graduated.model.sync.EntityType;
import uk.graduated.model.sync.PullResponse;

/**
 * Room's MigrationTestHelper is not on Maven Central (its Android variant lives only on Google's
 * repository), so each migration is tested the same way by hand: a database made from the committed
 * schema file of the old version, filled, then opened by the app's {@link AppDatabase} with its
 * migrations, and compared with the committed schema file of the new version.
 */
@RunWith(RobolectricTestRunner.class)
@Config(sdk = 35)
public class MigrationsTest {
    private static final String PUPIL_ID = RegisterExamples.POPPY_ID.toString();
    private static final UUID PROVISION_ID = UUID.fromString("7e610000-0000-4000-8000-0000000000e1");
    private static final String TA_SCOPE = "staff:7e610000-0000-4000-8000-0000000000a2";

    private final File file = RuntimeEnvironment.getApplication().getDatabasePath("migration-test.db");
    private AppDatabase opened;

    @After
    public void close() {
        if (opened != null) {
            opened.close();
        }
        RuntimeEnvironment.getApplication().deleteDatabase(file.getName());
    }

    @Test
    public void from1To2_keepsEveryRowAndTheOutbox_andEndsWithSchema2() throws IOException {
        ExportedSchema v1 = ExportedSchema.version(1);
        file.getParentFile().mkdirs();
        v1.create(file);
        fillAsVersion1Left();

        SupportSQLiteDatabase db = open().getOpenHelper().getWritableDatabase();

        assertThat(db.getVersion()).isEqualTo(2);
        assertThat(text(db, "SELECT first_name FROM pupil WHERE id = ?", PUPIL_ID)).isEqualTo("Poppy");
        assertThat(text(db, "SELECT staff_id FROM outbox WHERE mutation_id = ?", "01a207c0-0000-7000-8000-000000000001"))
                .isEqualTo("7e610000-0000-4000-8000-0000000000a2");
        assertThat(text(db, "SELECT state FROM outbox WHERE mutation_id = ?", "01a207c0-0000-7000-8000-000000000001"))
                .isEqualTo("pending");
        assertThat(text(db, "SELECT scope FROM record_scope WHERE entity_id = ?", PUPIL_ID)).isEqualTo(TA_SCOPE);
        ExportedSchema v2 = ExportedSchema.version(2);
        assertThat(ExportedSchema.tablesIn(db)).isEqualTo(v2.tables());
        for (String table : v2.tables()) {
            assertThat(ExportedSchema.describeIn(db, table)).as(table).isEqualTo(v2.describe(table));
        }
        assertThat(text(db, "SELECT identity_hash FROM room_master_table WHERE id = 42")).isEqualTo(v2.identityHash());
    }

    @Test
    public void from1To2_startsEveryScopeFromTheBeginning_soTheNewlyKeptRecordsArrive() throws IOException {
        ExportedSchema.version(1).create(file);
        fillAsVersion1Left();
        AppDatabase db = open();

        assertThat(db.syncState().find(TA_SCOPE).cursor).isNull();
        assertThat(db.syncState().find(TA_SCOPE).lastSuccessAt).isEqualTo(1_800_000_000_000L);
        assertThat(db.schools().name()).isNull();

        // The pull from the start, as the server sends it to the TA's tablet.
        new RoomLocalApplier(db, new SyncedTables(db)).apply(SyncScope.staff(SchoolExamples.TA_ID), new PullResponse(List.of(
                new Change(EntityType.SCHOOL, SchoolExamples.SCHOOL_ID, 1, false, SchoolJson.toJson(SchoolExamples.larkfieldPrimary())),
                new Change(EntityType.SEN_PROVISION, PROVISION_ID, 2, false, ProvisionEntryJson.toJson(new ProvisionEntry(
                        PROVISION_ID, RegisterExamples.POPPY_ID, SenProvision.K, SenExamples.POPPY_K_FROM, null))),
                new Change(EntityType.SUPPORT_PLAN, PlanExamples.PLAN_ID, 3, false, SupportPlanJson.toJson(PlanExamples.poppysPlan())),
                new Change(EntityType.PLAN_CYCLE, PlanExamples.SPRING_CYCLE_ID, 4, false,
                        PlanCycleJson.toJson(PlanExamples.springCycle()))), List.of(), "c-1", false, false, null));

        assertThat(db.schools().name()).isEqualTo("Larkfield Primary School");
        assertThat(db.senProvision().on(PUPIL_ID, "2027-01-20")).isEqualTo("K");
        PlanCycleEntity cycle = db.planCycles().openFor(PUPIL_ID);
        assertThat(cycle.reviewDate).isEqualTo(PlanExamples.SPRING_REVIEW.toString());
        assertThat(text(db.getOpenHelper().getReadableDatabase(), "SELECT first_name FROM pupil WHERE id = ?", PUPIL_ID))
                .isEqualTo("Poppy");
    }

    private AppDatabase open() {
        opened = Room.databaseBuilder(RuntimeEnvironment.getApplication(), AppDatabase.class, file.getAbsolutePath())
                .addMigrations(Migrations.ALL)
                .allowMainThreadQueries()
                .build();
        return opened;
    }

    /** Rows as version 1 wrote them: a pulled pupil the TA's scope holds, its cursor, a change waiting to be sent. */
    private void fillAsVersion1Left() {
        try (SQLiteDatabase db = SQLiteDatabase.openDatabase(file.getPath(), null, SQLiteDatabase.OPEN_READWRITE)) {
            ContentValues pupil = new ContentValues();
            pupil.put("id", PUPIL_ID);
            pupil.put("server_version", 120);
            pupil.put("deleted", 0);
            pupil.put("school_id", SchoolExamples.SCHOOL_ID.toString());
            pupil.put("first_name", "Poppy");
            pupil.put("last_name", "Ashworth");
            pupil.put("year_group", "Y2");
            pupil.put("class_name", "Oak");
            pupil.put("date_of_birth", "2019-05-12");
            pupil.put("fields_json", JsonText.compact(PupilJson.toJson(RegisterExamples.pupil().build())));
            db.insertOrThrow("pupil", null, pupil);
            ContentValues held = new ContentValues();
            held.put("entity_type", "pupil");
            held.put("entity_id", PUPIL_ID);
            held.put("scope", TA_SCOPE);
            db.insertOrThrow("record_scope", null, held);
            ContentValues state = new ContentValues();
            state.put("scope", TA_SCOPE);
            state.put("cursor", "djE6MTIwNTowMWEyMDdhYy1hNjQ4");
            state.put("last_success_at", 1_800_000_000_000L);
            state.put("consecutive_failures", 0);
            db.insertOrThrow("sync_state", null, state);
            ContentValues outbox = new ContentValues();
            outbox.put("mutation_id", "01a207c0-0000-7000-8000-000000000001");
            outbox.put("sequence", 1);
            outbox.put("device_id", "01a207a0-0000-7000-8000-000000000002");
            outbox.put("staff_id", "7e610000-0000-4000-8000-0000000000a2");
            outbox.put("entity_type", "session_log");
            outbox.put("entity_id", "01a207c0-0000-7000-8000-000000000003");
            outbox.put("operation", "upsert");
            outbox.put("fields_json", "{}");
            outbox.put("client_time_millis", 1_800_000_000_000L);
            outbox.put("state", "pending");
            db.insertOrThrow("outbox", null, outbox);
        }
    }

    private static String text(SupportSQLiteDatabase db, String sql, Object... args) {
        try (Cursor c = db.query(sql, args)) {
            return c.moveToFirst() ? c.getString(0) : null;
        }
    }
}
