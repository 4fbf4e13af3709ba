package uk.graduated.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.junit.runner.RunWith;
import org.robolectric.RuntimeEnvironment;
import org.robolectric.annotation.Config;

import uk.graduated.app.core.FakeClock;
import uk.graduated.app.data.db.AppDatabase;
import uk.graduated.app.data.db.SyncedTables;
import uk.graduated.app.data.db.TestDatabase;
import uk.graduated.app.data.device.DeviceCredentials;
import uk.graduated.app.data.outbox.Author;
import uk.graduated.app.data.outbox.LocalWriter;
import uk.graduated.app.data.remote.HttpSyncTransport;
import uk.graduated.app.data.session.SessionRepository;
import uk.graduated.app.sync.android.SyncRunner;
import uk.graduated.app.sync.engine.Backoff;
import uk.graduated.app.sync.engine.SyncResult;
import uk.graduated.model.school.Role;
import uk.graduated.model.session.Attendance;
import uk.graduated.model.session.SessionExamples;
import uk.graduated.model.session.SessionLog;
import uk.graduated.model.sync.EntityType;
import uk.graduated.model.sync.Mutation;
import uk.graduated.model.sync.MutationOutcome;
import uk.graduated.model.sync.PushRequest;
import uk.graduated.server.GraduatedServer;
import uk.graduated.server.TestServers;
import uk.graduated.server.sync.PushService;
import uk.graduated.server.sync.SchoolRecords;
import uk.graduated.server.testing.TestAccounts;

/**
 * The tablet app against the real sync server in one JVM: Room, the sync engine and the HTTP
 * transport on the app's side; Javalin and embedded PostgreSQL on the server's.
 */
@RunWith(ServerInJvmTestRunner.class)
@Config(sdk = 35)
public class TabletToServerEndToEndTest {
    @ClassRule
    public static final TemporaryFolder DATA = new TemporaryFolder();

    private static GraduatedServer server;
    private static TestAccounts accounts;
    private static TestAccounts.Person ta;
    private static TestAccounts.Device tabletA;
    private static TestAccounts.Device tabletB;
    private static UUID groupId;
    private static UUID pupilId;

    private final FakeClock clock = new FakeClock(Instant.now());

    @BeforeClass
    public static void startServerWithASchool() throws IOException {
        server = TestServers.startOnFreshDatabase(DATA.newFolder("server").toPath());
        accounts = new TestAccounts(server.database());
        TestAccounts.School school = accounts.createSchool("Larkspur Vale Primary School");
        ta = accounts.createStaff(school, "Mr Adeyemi", Role.TEACHING_ASSISTANT);
        tabletA = accounts.enrolDevice(school, "Rainbow Room tablet");
        tabletB = accounts.enrolDevice(school, "Library tablet");
        groupId = UUID.randomUUID();
        pupilId = UUID.randomUUID();
        SchoolRecords records = new SchoolRecords(school.id());
        PushService push = new PushService(server.database().jdbi(), java.time.Clock.systemUTC());
        List<Mutation> setUp = List.of(
                create(EntityType.PUPIL, records.pupil(pupilId, "Oak")),
                create(EntityType.INTERVENTION, records.intervention(groupId, ta.id())),
                create(EntityType.GROUP_MEMBERSHIP, records.membership(UUID.randomUUID(), groupId, pupilId, null)));
        for (Mutation mutation : setUp) {
            MutationOutcome outcome = push.push(TestAccounts.principal(school.senco(), tabletA),
                    new PushRequest(1, tabletA.id(), List.of(mutation))).outcomes().get(0);
            assertThat(outcome).isInstanceOf(MutationOutcome.Applied.class);
        }
    }

    @AfterClass
    public static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    public void aSessionLoggedOffline_reachesTheServerOnce_andTheOtherTablet() {
        AppDatabase dbA = TestDatabase.inMemory();
        SyncedTables tablesA = new SyncedTables(dbA);
        SessionLog logged = SessionExamples.sessionLog().id(UUID.randomUUID()).interventionId(groupId)
                .date(LocalDate.now(FakeClock.LONDON)).deliveredBy(ta.id()).attendance(Attendance.present(pupilId))
                .ratings(List.of()).deviceId(tabletA.id()).build();

        new SessionRepository(dbA, new LocalWriter(dbA, tablesA, new Author(tabletA.id(), ta.id()), clock), clock)
                .logSession(logged);
        assertThat(dbA.outbox().pendingCount()).isEqualTo(1);

        SyncRunner runnerA = signedInRunner(dbA, tabletA);
        assertThat(runnerA.runAll(() -> false)).hasSize(1).allMatch(SyncResult::succeeded);
        assertThat(dbA.outbox().pendingCount()).isZero();
        assertThat(sessionLogsOnServer(logged.id())).isEqualTo(1);

        assertThat(runnerA.runAll(() -> false)).hasSize(1).allMatch(SyncResult::succeeded);
        assertThat(sessionLogsOnServer(logged.id())).isEqualTo(1);
        dbA.close();

        AppDatabase dbB = TestDatabase.inMemory();
        assertThat(new SyncedTables(dbB).require(EntityType.SESSION_LOG).fields(logged.id())).isNull();
        List<SyncResult> resultsB = signedInRunner(dbB, tabletB).runAll(() -> false);

        assertThat(resultsB).hasSize(1).allMatch(SyncResult::succeeded);
        assertThat(new SessionRepository(dbB, null, clock).find(logged.id())).isEqualTo(logged);
        dbB.close();
    }

    /** The tablet enrolled, with the TA signed in by PIN, syncing to the server's loopback address. */
    private SyncRunner signedInRunner(AppDatabase db, TestAccounts.Device tablet) {
        DeviceCredentials credentials = new DeviceCredentials(RuntimeEnvironment.getApplication());
        credentials.clear();
        credentials.saveEnrolment(server.baseUrl(), tablet.id(), tablet.token());
        credentials.saveSession(ta.id(), accounts.sessionOnDevice(ta, tablet), clock.now().plus(Duration.ofHours(4)));
        return new SyncRunner(db, credentials, new HttpSyncTransport(server.baseUrl(),
                HttpSyncTransport.client(credentials, "1.0.0")), clock, new Backoff(new Random(1)));
    }

    private static long sessionLogsOnServer(UUID id) {
        return server.database().jdbi().withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM session_log WHERE id = :id").bind("id", id).mapTo(Long.class).one());
    }

    /** A new record as a tablet's outbox sends it. */
    private static Mutation create(EntityType type, JsonObject fields) {
        return Mutation.upsert(UUID.randomUUID(), tabletA.id(), type, UUID.fromString(fields.get("id").getAsString()),
                null, fields, Instant.now());
    }
}
