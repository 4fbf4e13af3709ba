package uk.graduated.app.sync.android;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.After;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.annotation.Config;
import uk.graduated.app.data.db.LocalFixture;
import uk.graduated.app.data.syncstate.SyncStateEntity;
import uk.graduated.app.data.syncstate.SyncStatusRepository;
import uk.graduated.app.sync.engine.SyncError;
import uk.graduated.app.sync.engine.SyncScope;
import uk.graduated.model.sync.PullResponse;

@RunWith(RobolectricTestRunner.class)
@Config(sdk = 35)
public class RoomCursorStoreTest {
    private static final Instant AT = Instant.parse("2028-01-10T16:00:00Z");

    private final LocalFixture f = new LocalFixture();
    private final RoomCursorStore cursors = new RoomCursorStore(f.db);
    private final SyncStatusRepository status = new SyncStatusRepository(f.db);
    private final SyncScope device = SyncScope.device();

    @After
    public void close() {
        f.close();
    }

    @Test
    public void newScope_startsWithNoCursorAndNoFailures() {
        assertThat(cursors.cursor(device)).isNull();
        assertThat(cursors.consecutiveFailures(device)).isZero();
    }

    @Test
    public void cursorStoredWithAPage_isReadBack_perScope() {
        new RoomLocalApplier(f.db, f.tables).apply(device,
                new PullResponse(List.of(), List.of(), "d-7", false, false, null));

        assertThat(cursors.cursor(device)).isEqualTo("d-7");
        assertThat(cursors.cursor(SyncScope.staff(f.ta.staffId()))).isNull();
    }

    @Test
    public void failuresCount_untilASuccess_andTheLastErrorIsKeptForTheStatusScreen() {
        cursors.failed(device, AT, SyncError.of(SyncError.Kind.NETWORK, "Cannot reach the server."));
        cursors.failed(device, AT.plusSeconds(1), SyncError.of(SyncError.Kind.SERVER_BUSY, "Busy."));

        assertThat(cursors.consecutiveFailures(device)).isEqualTo(2);
        SyncStateEntity state = status.scopes().get(0);
        assertThat(state.lastErrorKind).isEqualTo("SERVER_BUSY");
        assertThat(state.lastErrorMessage).isEqualTo("Busy.");
        assertThat(state.lastFailureAt).isEqualTo(AT.plusSeconds(1).toEpochMilli());

        cursors.succeeded(device, AT.plusSeconds(60));

        assertThat(cursors.consecutiveFailures(device)).isZero();
        state = status.scopes().get(0);
        assertThat(state.lastErrorKind).isNull();
        assertThat(state.lastSuccessAt).isEqualTo(AT.plusSeconds(60).toEpochMilli());
    }
}
