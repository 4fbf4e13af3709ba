package uk.graduated.app.sync.android;

import static org.assertj.core.api.Assertions.assertThat;

import android.database.Cursor;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.After;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.annotation.Config;
import uk.graduated.app.data.db.LocalFixture;
import uk.graduated.app.data.record.SyncedTable;
import uk.graduated.app.data.servercopy.ServerCopyEntity;
import uk.graduated.app.sync.engine.PageResult;
import uk.graduated.app.sync.engine.SyncScope;
import uk.graduated.model.intervention.ProvisionExamples;
import uk.graduated.model.session.Attendance;
import uk.graduated.model.session.Rating;
import uk.graduated.model.session.SessionExamples;
import uk.graduated.model.session.SessionLogJson;
import uk.graduated.model.session.TargetRating;
import uk.graduated.model.sync.Change;
import uk.graduated.model.sync.EntityType;
import uk.graduated.model.sync.PullResponse;

/**
 * Pages the applier stores table by table: the records' waiting changes and known versions are
 * read once per page, and rows go in bulk, yet each record is decided as it was one at a time.
 * The pages are larger than one IN list (500 ids), so every lookup and child-row delete is split.
 */
@RunWith(RobolectricTestRunner.class)
@Config(sdk = 35)
public class RoomLocalApplierPageTest {
    private static final int RECORDS = 700;
    private static final String SESSION_LOG = EntityType.SESSION_LOG.wireName();

    private final LocalFixture f = new LocalFixture();
    private final RoomLocalApplier applier = new RoomLocalApplier(f.db, f.tables);
    private final SyncScope ta = SyncScope.staff(f.ta.staffId());
    private final SyncedTable sessions = f.tables.require(EntityType.SESSION_LOG);

    @After
    public void close() {
        f.close();
    }

    private static UUID session(int n) {
        return UUID.nameUUIDFromBytes(("session " + n).getBytes(StandardCharsets.UTF_8));
    }

    private static Change sessionChange(int n, long version, String notes) {
        return new Change(EntityType.SESSION_LOG, session(n), version, false,
                SessionLogJson.toJson(SessionExamples.sessionLog().id(session(n)).notes(notes).build()));
    }

    /** Session logs 0 to RECORDS - 1, each three attendance rows and three ratings, at version 1000 + n. */
    private PageResult firstPage() {
        List<Change> changes = new ArrayList<>();
        for (int n = 0; n < RECORDS; n++) {
            changes.add(sessionChange(n, 1000 + n, "First notes"));
        }
        return applier.apply(ta, new PullResponse(changes, List.of(), "c1", true, false, null));
    }

    private String notes(int n) {
        return sessions.fields(session(n)).get("notes").getAsString();
    }

    private int rows(String table) {
        try (Cursor cursor = f.db.getOpenHelper().getReadableDatabase().query("SELECT COUNT(*) FROM " + table)) {
            cursor.moveToFirst();
            return cursor.getInt(0);
        }
    }

    @Test
    public void largePage_storesEveryRecord_withItsChildRows_versionAndScope() {
        PageResult result = firstPage();

        assertThat(result).isEqualTo(new PageResult(RECORDS, 0, 0));
        assertThat(rows("session_log")).isEqualTo(RECORDS);
        assertThat(rows("session_attendance")).isEqualTo(3 * RECORDS);
        assertThat(rows("session_rating")).isEqualTo(3 * RECORDS);
        assertThat(f.count("record_scope", "scope", ta.key())).isEqualTo(RECORDS);
        assertThat(sessions.serverVersion(session(650))).isEqualTo(1650L);
        assertThat(notes(650)).isEqualTo("First notes");
        assertThat(new RoomCursorStore(f.db).cursor(ta)).isEqualTo("c1");
    }

    @Test
    public void pulledAgain_recordsReplaceTheirChildRows_ratherThanAddToThem() {
        firstPage();
        List<Change> changes = new ArrayList<>();
        for (int n = 0; n < RECORDS; n++) {
            changes.add(new Change(EntityType.SESSION_LOG, session(n), 2000 + n, false, SessionLogJson.toJson(
                    SessionExamples.sessionLog().id(session(n))
                            .attendance(Attendance.present(ProvisionExamples.PUPIL_A))
                            .ratings(new TargetRating(ProvisionExamples.PUPIL_A, SessionExamples.TARGET_BLENDING,
                                    Rating.INDEPENDENTLY))
                            .build())));
        }

        applier.apply(ta, new PullResponse(changes, List.of(), "c2", false, false, null));

        assertThat(rows("session_attendance")).isEqualTo(RECORDS);
        assertThat(rows("session_rating")).isEqualTo(RECORDS);
        assertThat(f.count("session_attendance", "session_id", session(650).toString())).isEqualTo(1);
        assertThat(sessions.serverVersion(session(650))).isEqualTo(2650L);
        assertThat(f.count("record_scope", "scope", ta.key())).isEqualTo(RECORDS);
    }

    @Test
    public void pageWithAWaitingChange_aStaleVersion_andATombstone_decidesEachAsOneAtATimeDid() {
        firstPage();
        // Logged on this tablet and pushed, but the answer was lost: the log waits in the outbox
        // while the server's copy arrives in the page.
        int waiting = RECORDS;
        f.writer.create(EntityType.SESSION_LOG, session(waiting),
                SessionLogJson.toJson(SessionExamples.sessionLog().id(session(waiting)).notes("Typed here").build()));
        // A push's answer told the tablet of version 5000 of session 650 before this page arrived.
        sessions.setServerVersion(session(650), 5000);
        List<Change> changes = new ArrayList<>();
        for (int n = 0; n <= RECORDS; n++) {
            changes.add(n == 10 ? Change.tombstone(EntityType.SESSION_LOG, session(n), 3010)
                    : sessionChange(n, 3000 + n, "Second notes"));
        }

        PageResult result = applier.apply(ta, new PullResponse(changes, List.of(), "c2", false, false, null));

        assertThat(result).isEqualTo(new PageResult(RECORDS - 2, 1, 2));
        assertThat(notes(waiting)).isEqualTo("Typed here");
        assertThat(sessions.serverVersion(session(waiting))).isNull();
        ServerCopyEntity kept = f.db.serverCopies().find(SESSION_LOG, session(waiting).toString());
        assertThat(kept.version).isEqualTo(3000L + waiting);
        assertThat(kept.fieldsJson).contains("Second notes");
        assertThat(notes(650)).isEqualTo("First notes");
        assertThat(sessions.serverVersion(session(650))).isEqualTo(5000L);
        assertThat(sessions.fields(session(10))).isNull();
        assertThat(f.count("session_attendance", "session_id", session(10).toString())).isZero();
        assertThat(f.count("record_scope", "entity_id", session(10).toString())).isZero();
        assertThat(notes(11)).isEqualTo("Second notes");
        assertThat(notes(699)).isEqualTo("Second notes");
        assertThat(sessions.serverVersion(session(699))).isEqualTo(3699L);
        assertThat(new RoomCursorStore(f.db).cursor(ta)).isEqualTo("c2");
    }
}
