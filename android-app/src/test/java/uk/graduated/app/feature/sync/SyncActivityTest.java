package uk.graduated.app.feature.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.robolectric.Shadows.shadowOf;
import static uk.graduated.app.ui.SchoolFixture.HOLLIS;
import static uk.graduated.app.ui.SchoolFixture.KAUR;
import static uk.graduated.app.ui.SchoolFixture.TODAY;

import android.app.AlertDialog;
import android.content.DialogInterface;
import android.content.Intent;
import android.os.Looper;
import android.view.View;

import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okio.GzipSource;
import okio.Okio;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.Robolectric;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.GraphicsMode;
import org.robolectric.shadows.ShadowDialog;

import uk.graduated.app.R;
import uk.graduated.app.data.outbox.OutboxEntry;
import uk.graduated.app.data.outbox.OutboxMutations;
import uk.graduated.app.data.session.SessionRepository;
import uk.graduated.app.feature.session.SessionActivity;
import uk.graduated.app.feature.wiped.WipedActivity;
import uk.graduated.app.testing.Screenshots;
import uk.graduated.app.testing.Views;
import uk.graduated.app.ui.SchoolFixture;
import uk.graduated.model.json.JsonFields;
import uk.graduated.model.session.AbsenceReason;
import uk.graduated.model.session.Attendance;
import uk.graduated.model.session.SessionLog;
import uk.graduated.model.sync.DeviceState;
import uk.graduated.model.sync.DeviceStatus;
import uk.graduated.model.sync.EntityType;
import uk.graduated.model.sync.ErrorBody;
import uk.graduated.model.sync.FieldResolution;
import uk.graduated.model.sync.MutationOutcome;
import uk.graduated.model.sync.PullResponse;
import uk.graduated.model.sync.PushRequest;
import uk.graduated.model.sync.PushResponse;

@RunWith(RobolectricTestRunner.class)
@GraphicsMode(GraphicsMode.Mode.NATIVE)
@Config(sdk = 35, qualifiers = "w1280dp-h800dp-land-mdpi")
public class SyncActivityTest {
    private static final String REFUSAL = "You can log sessions only for the groups you run.";

    private final MockWebServer server = new MockWebServer();
    private final ScriptedServer script = new ScriptedServer();
    private SchoolFixture school;

    @Before
    public void start() throws IOException {
        school = SchoolFixture.install();
        server.setDispatcher(script);
        server.start();
        school.serverAt(server.url("/").toString());
    }

    @After
    public void stop() throws IOException {
        server.shutdown();
        school.close();
    }

    @Test
    public void refusedChanges_areListedWithTheirReasons_andDiscardingOneRemovesIt() throws Exception {
        school.signIn(HOLLIS);
        UUID refused = refusedSession();
        logSession(SchoolFixture.PHONICS);
        SyncActivity sync = Robolectric.buildActivity(SyncActivity.class).setup().get();

        String screen = Views.shownText(sync.getWindow().getDecorView());
        assertThat(screen).contains("Session: Reading fluency (Year 3), Mon 17 Jan", REFUSAL, "Saved by Mrs Hollis",
                "Waiting to send: 1 change, 1 of them yours.");
        assertThat(sync.findViewById(R.id.rejected_fix).isShown()).isTrue();
        Screenshots.document(sync, "app-14-sync");

        sync.findViewById(R.id.rejected_discard).performClick();
        AlertDialog confirm = (AlertDialog) ShadowDialog.getLatestDialog();
        confirm.getButton(DialogInterface.BUTTON_POSITIVE).performClick();
        shadowOf(Looper.getMainLooper()).idle();

        assertThat(school.db.outbox().rejected()).isEmpty();
        assertThat(new SessionRepository(school.db, school.services.writer(), school.clock).find(refused)).isNull();
        assertThat(Views.shownText(sync.getWindow().getDecorView())).contains("Nothing needs your attention");
    }

    @Test
    public void fix_opensTheRefusedSessionFilledIn_andSavingReplacesIt() {
        school.signIn(HOLLIS);
        refusedSession();
        SyncActivity sync = Robolectric.buildActivity(SyncActivity.class).setup().get();

        sync.findViewById(R.id.rejected_fix).performClick();
        Intent fixing = shadowOf(sync).getNextStartedActivity();
        SessionActivity session = Robolectric.buildActivity(SessionActivity.class, fixing).setup().get();
        assertThat(Views.shownText(session.getWindow().getDecorView())).contains("Absent: Ill", "refused this session");
        session.findViewById(R.id.session_save).performClick();

        assertThat(school.db.outbox().rejected()).isEmpty();
        List<OutboxEntry> waiting = school.db.outbox().pendingOf(HOLLIS.toString(), 10);
        assertThat(waiting).singleElement().satisfies(entry -> assertThat(entry.entityType).isEqualTo("session_log"));
    }

    @Test
    public void syncNow_runsOnThisScreen_andSaysWhenAnEditWasMergedWithBothTextsKept() throws Exception {
        school.signIn(KAUR);
        school.services.credentials.saveSession(KAUR, "gss1.fixture-session-token-abcdefghijklmnopq",
                Instant.parse("2028-01-17T17:00:00Z"));
        JsonObject target = targetJson();
        target.addProperty("outcome", "Ava will blend three- and four-sound words, including digraphs, so that she can"
                + " read decodable books on her own.");
        school.services.writer().edit(EntityType.PLAN_TARGET, SchoolFixture.AVA_BLENDING, target);
        SyncActivity sync = Robolectric.buildActivity(SyncActivity.class).setup().get();

        sync.findViewById(R.id.sync_run).performClick();

        String screen = Views.shownText(sync.getWindow().getDecorView());
        assertThat(screen).contains("Sent 1 change, received 0 updates.", "Both versions of the longer text were kept",
                "Last synced at 08:40");
        assertThat(school.db.outbox().pendingCount()).isZero();
        Screenshots.document(sync, "app-15-sync-after-run");
    }

    @Test
    public void aTabletRevokedWhileSyncing_isWiped_andShowsWhy() {
        school.signIn(HOLLIS);
        script.revoked = true;
        SyncActivity sync = Robolectric.buildActivity(SyncActivity.class).setup().get();

        sync.findViewById(R.id.sync_run).performClick();

        assertThat(shadowOf(sync).getNextStartedActivity().getComponent().getClassName())
                .isEqualTo(WipedActivity.class.getName());
        assertThat(school.services.credentials.isEnrolled()).isFalse();
        assertThat(sync.findViewById(R.id.sync_progress).getVisibility()).isEqualTo(View.GONE);
    }

    private JsonObject targetJson() {
        return JsonFields.parseObject(school.db.planTargets().fieldsJson(SchoolFixture.AVA_BLENDING.toString()));
    }

    /** A session of a group Mrs Hollis no longer runs, refused by the server when it was pushed. */
    private UUID refusedSession() {
        SessionLog log = logSession(SchoolFixture.FLUENCY);
        OutboxEntry entry = school.db.outbox().pendingOf(HOLLIS.toString(), 10).stream()
                .filter(e -> e.entityId.equals(log.id().toString())).findFirst().orElseThrow();
        school.db.outbox().markRejected(entry.mutationId, "forbidden", null, REFUSAL, OutboxMutations.errorsJson(List.of()));
        return log.id();
    }

    private SessionLog logSession(UUID intervention) {
        List<Attendance> register = new ArrayList<>();
        for (var pupil : school.db.pupils().inGroupOn(intervention.toString(), TODAY.toString())) {
            register.add(register.isEmpty() ? Attendance.absent(UUID.fromString(pupil.id), AbsenceReason.ILL)
                    : Attendance.present(UUID.fromString(pupil.id)));
        }
        SessionLog log = new SessionLog(UUID.randomUUID(), intervention, TODAY, LocalTime.of(11, 0), 20, HOLLIS, register,
                List.of(), null, false, null, school.clock.now(), SchoolFixture.DEVICE);
        new SessionRepository(school.db, school.services.writer(), school.clock).logSession(log);
        return log;
    }

    /** The server's side: empty pulls, pushes answered as merged with the other text kept; or a revoked tablet. */
    private static final class ScriptedServer extends Dispatcher {
        boolean revoked;
        private long version = 9000;

        @Override
        public MockResponse dispatch(RecordedRequest request) {
            if (revoked) {
                DeviceStatus status = DeviceStatus.of(SchoolFixture.DEVICE, DeviceState.REVOKED, Instant.parse("2028-01-17T08:00:00Z"));
                return json(403, ErrorBody.of(status, "req-1").toJson());
            }
            if ("/api/v1/sync/pull".equals(request.getPath())) {
                return json(200, new PullResponse(List.of(), List.of(), "cursor-" + (++version), false, false, null).toJson());
            }
            PushRequest push = PushRequest.fromJson(gunzip(request));
            List<MutationOutcome> outcomes = new ArrayList<>();
            push.mutations().forEach(m -> outcomes.add(new MutationOutcome.Merged(m.mutationId(), ++version, List.of(
                    new FieldResolution("outcome", FieldResolution.Resolution.KEPT_BOTH,
                            new JsonPrimitive("Ava will blend CVC and CCVC words with sound buttons."))))));
            return json(200, new PushResponse(outcomes).toJson());
        }

        private static MockResponse json(int status, String body) {
            return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json").setBody(body);
        }

        private static String gunzip(RecordedRequest request) {
            try {
                return Okio.buffer(new GzipSource(request.getBody())).readUtf8();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
