package uk.graduated.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import android.database.Cursor;
import androidx.room.Room;
import java.io.File;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import okhttp3.OkHttpClient;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.junit.runner.RunWith;
import org.junit.runners.MethodSorters;
import org.robolectric.RuntimeEnvironment;
import org.robolectric.annotation.Config;
import uk.graduated.app.core.FakeClock;
import uk.graduated.app.data.db.AppDatabase;
import uk.graduated.app.data.device.DeviceCredentials;
import uk.graduated.app.data.remote.HttpSyncTransport;
import uk.graduated.app.e2e.ServerInJvmTestRunner;
import uk.graduated.app.sync.android.SyncRunner;
import uk.graduated.app.sync.engine.Backoff;
import uk.graduated.app.sync.engine.SyncResult;
import uk.graduated.server.GraduatedServer;
import uk.graduated.server.TestServers;
import uk.graduated.server.bench.BenchRow;
import uk.graduated.server.bench.BenchTable;
import uk.graduated.server.bench.CountingSockets;
import uk.graduated.server.bench.LargeSchool;
import uk.graduated.server.bench.Samples;
import uk.graduated.server.bench.StatementCounter;
import uk.graduated.server.sync.PullPlans;
import uk.graduated.server.testing.TestAccounts;

/**
 * The app's side of the benchmarks: P2, a large school's first sync into an empty device store
 * through the app's real engine, HTTP transport and Room applier, against the real server over
 * loopback; P4, an empty sync's bytes and SQL; P5, the APK's size. Prints the combined table of
 * every benchmark of the run at the end.
 */
@RunWith(ServerInJvmTestRunner.class)
@Config(sdk = 35)
// p2, p4, p5 in name order: P5 prints the run's combined table, so it must come last
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class AppBenchmark {
    private static final int RUNS = Integer.getInteger("bench.p2.runs", 3);

    @ClassRule
    public static final TemporaryFolder DATA = new TemporaryFolder();

    private static GraduatedServer server;
    private static LargeSchool school;
    private static TestAccounts accounts;
    private static TestAccounts.Device tablet;
    /** The device store the last first sync filled: P4 syncs it again with nothing new. */
    private static AppDatabase synced;

    private final FakeClock clock = new FakeClock(Instant.now());

    @BeforeClass
    public static void startServerWithALargeSchool() throws IOException {
        server = TestServers.startOnFreshDatabase(DATA.newFolder("server").toPath());
        school = LargeSchool.create(server);
        accounts = new TestAccounts(server.database());
        tablet = accounts.enrolDevice(school.school, "SENCO office tablet");
    }

    @AfterClass
    public static void stopServerAndPrintTable() {
        if (synced != null) {
            synced.close();
        }
        if (server != null) {
            server.close();
        }
        BenchTable.print();
    }

    @Test
    public void p2_firstSync_ofALargeSchool() {
        Samples rate = new Samples();
        Samples seconds = new Samples();
        Samples megabytes = new Samples();
        long pulled = 0;
        long deviceRows = 0;
        for (int run = 0; run < RUNS; run++) {
            if (synced != null) {
                synced.close();
            }
            AppDatabase db = fileDatabase("first-sync-" + run + ".db");
            CountingSockets wire = new CountingSockets();
            SyncRunner runner = sencoRunner(db, wire);
            long start = System.nanoTime();
            List<SyncResult> results = runner.runAll(() -> false);
            double elapsed = (System.nanoTime() - start) / 1e9;
            assertThat(results).allMatch(SyncResult::succeeded);
            pulled = results.stream().mapToLong(SyncResult::pulled).sum();
            deviceRows = rows(db, "session_attendance") + rows(db, "session_rating");
            // Every record the tablet keeps arrived (it has no tables for provisions, plans and cycles,
            // which it receives and skips).
            assertThat(rows(db, "pupil")).isEqualTo(LargeSchool.PUPILS);
            assertThat(rows(db, "session_log")).isEqualTo(LargeSchool.SESSIONS);
            assertThat(rows(db, "observation")).isEqualTo(LargeSchool.OBSERVATIONS);
            assertThat(deviceRows).isEqualTo(school.sessionRows);
            rate.add(pulled / elapsed);
            seconds.add(elapsed);
            megabytes.add(wire.total() / 1e6);
            synced = db;
        }
        BenchTable.record(new BenchRow("P2", String.format(Locale.ROOT,
                "first sync of a large school year into an empty tablet (%,d records sent, %,d kept, +%,d attendance"
                        + " and rating rows)", school.records, pulled, deviceRows),
                BenchRow.spread(rate, "records/s", "%,.0f") + "; " + BenchRow.spread(seconds, "s", "%.1f")
                        + String.format(Locale.ROOT, "; %.1f MB on the wire; %,.0f device rows/s",
                        megabytes.median(), (pulled + deviceRows) / seconds.median()),
                "", "", ">= 50,000 records/s", rate.median() >= 50_000));
    }

    @Test
    public void p4_emptySync_bytesAndQueries() {
        assertThat(synced).as("P2 leaves a synced tablet").isNotNull();
        CountingSockets wire = new CountingSockets();
        SyncRunner runner = sencoRunner(synced, wire);
        assertThat(runner.runAll(() -> false)).allMatch(SyncResult::succeeded); // warm connection, nothing new
        wire.reset();
        StatementCounter counter = StatementCounter.installOn(server.database().jdbi());
        List<SyncResult> results = runner.runAll(() -> false);
        StatementCounter.removeFrom(server.database().jdbi());
        assertThat(results).allMatch(r -> r.succeeded() && r.pulled() == 0 && r.pushed() == 0);

        List<String> statements = counter.statements();
        long changeLogScans = statements.stream().filter(s -> s.contains("from change_log")).count();
        List<String> plan = PullPlans.changeLogScan(server.database().jdbi(),
                TestAccounts.principal(school.school.senco(), tablet), PullPlans.clock(server.database().jdbi(),
                        school.school.id()), PullPlans.UP_TO_DATE_SCAN);
        boolean indexed = String.join("\n", plan).contains("Index Scan using change_log_by_version")
                && !String.join("\n", plan).contains("Seq Scan on change_log");
        System.out.println("[bench] P4 statements of an empty sync:");
        statements.forEach(s -> System.out.println("[bench]   " + s));
        System.out.println("[bench] P4 plan of an up-to-date pull's statement (its change-log scan):");
        plan.forEach(line -> System.out.println("[bench]   " + line));
        BenchTable.record(new BenchRow("P4", "empty sync (the signed-in SENCO's round, which brings the sign-in list"
                + " too: " + results.size() + (results.size() == 1 ? " pull" : " pulls") + ", no push: the outbox is empty)",
                String.format(Locale.ROOT, "%,d bytes on the wire (%,d sent, %,d received); %d SQL statements, %d of them"
                        + " the change-log scan (%s)", wire.total(), wire.sent(), wire.received(), statements.size(),
                        changeLogScans, indexed ? "index range scan" : "NOT an index scan"),
                "", "", "<= 1 KB, one indexed query", wire.total() <= 1024 && statements.size() <= 1 && indexed));
    }

    @Test
    public void p5_apkSize() {
        File apk = new File(System.getProperty("bench.apk", "target/graduated.apk"));
        assertThat(apk).as("the APK is built before the benchmarks run").exists();
        double megabytes = apk.length() / (1024.0 * 1024.0);
        BenchTable.record(new BenchRow("P5", "APK size (signed release APK)",
                String.format(Locale.ROOT, "%.2f MiB (%,d bytes)", megabytes, apk.length()), "", "", "<= 8 MB",
                apk.length() <= 8_000_000));
    }

    private SyncRunner sencoRunner(AppDatabase db, CountingSockets wire) {
        DeviceCredentials credentials = new DeviceCredentials(RuntimeEnvironment.getApplication());
        credentials.clear();
        credentials.saveEnrolment(server.baseUrl(), tablet.id(), tablet.token());
        credentials.saveSession(school.school.senco().id(), accounts.sessionOnDevice(school.school.senco(), tablet),
                clock.now().plus(Duration.ofHours(4)));
        OkHttpClient client = HttpSyncTransport.client(credentials, "1.0.0").newBuilder()
                .socketFactory(wire).build();
        return new SyncRunner(db, credentials, new HttpSyncTransport(server.baseUrl(), client), clock,
                new Backoff(new Random(1)));
    }

    /** A device store in a file, as on the tablet. */
    private static AppDatabase fileDatabase(String name) {
        return Room.databaseBuilder(RuntimeEnvironment.getApplication(), AppDatabase.class, name)
                .allowMainThreadQueries().build();
    }

    private static long rows(AppDatabase db, String table) {
        try (Cursor c = db.query("select count(*) from " + table, null)) {
            c.moveToFirst();
            return c.getLong(0);
        }
    }
}
