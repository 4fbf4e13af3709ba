package uk.graduated.server.proof.outage;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.graduated.model.sync.EntityType;
import uk.graduated.model.sync.Mutation;
import uk.graduated.model.sync.MutationOutcome;
import uk.graduated.model.sync.ProtocolVersion;
import uk.graduated.model.sync.PullRequest;
import uk.graduated.model.sync.PushRequest;
import uk.graduated.model.sync.PushResponse;
import uk.graduated.server.GraduatedServer;
import uk.graduated.server.TestServers;
import uk.graduated.server.config.ExternalDatabase;
import uk.graduated.server.console.ConsoleHttp;
import uk.graduated.server.sync.SchoolRecords;
import uk.graduated.server.sync.SyncFixture;
import uk.graduated.server.testing.ApiClient;
import uk.graduated.server.testing.TestAccounts;

/**
 * PostgreSQL stops while three tablets push and pull over HTTP (extends the single-request check of
 * {@code sync.DatabaseOutageTest}): every request meanwhile is 503 with Retry-After, the console
 * shows a page in words, the tablets keep their outboxes, and once PostgreSQL is back on the same
 * data every change acknowledged is stored exactly once.
 */
class PostgresDownWhileSyncingTest {
    /** Three rounds of three tablets saving two pupils each. */
    private static final int SAVED_PER_PHASE = 3 * 3 * 2;

    /** One tablet: who is signed in, and its outbox in the order changes were made. */
    private static final class Tablet {
        final ApiClient api;
        final UUID deviceId;
        final List<Mutation> outbox = new ArrayList<>();
        final Set<UUID> acknowledged = new HashSet<>();

        Tablet(ApiClient api, UUID deviceId) {
            this.api = api;
            this.deviceId = deviceId;
        }
    }

    @Test
    void postgresStopped_everyRequestIs503WithRetryAfter_nothingLost_andEverythingCatchesUpOnce(@TempDir Path dataDir,
            @TempDir Path pgData) throws Exception {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(pgData).setCleanDataDirectory(false).start();
        int pgPort = postgres.getPort();
        ExternalDatabase database = new ExternalDatabase(postgres.getJdbcUrl("postgres", "postgres"), "postgres", null);
        try (GraduatedServer server = GraduatedServer.start(TestServers.config(dataDir, database))) {
            TestAccounts accounts = new TestAccounts(server.database());
            TestAccounts.School school = accounts.createSchool("Larkspur Vale Primary School");
            SchoolRecords records = new SchoolRecords(school.id());
            List<Tablet> tablets = new ArrayList<>();
            for (String name : List.of("Rainbow Room tablet", "Library tablet", "SEN room tablet")) {
                TestAccounts.Device device = accounts.enrolDevice(school, name);
                tablets.add(new Tablet(new ApiClient(server.baseUrl()).withToken(accounts.sessionOnDevice(school.senco(),
                        device)), device.id()));
            }
            ConsoleHttp browser = new ConsoleHttp(server.baseUrl());
            browser.signIn(school.senco());
            Map<String, Integer> statuses = new LinkedHashMap<>();

            rounds(tablets, records, 3, true, statuses, null);
            postgres.close();
            List<ApiClient.Reply> duringOutage = new ArrayList<>();
            rounds(tablets, records, 3, true, statuses, duringOutage);
            ConsoleHttp.Reply console = browser.get("/console/home");
            int waiting = tablets.stream().mapToInt(t -> t.outbox.size()).sum();
            postgres = EmbeddedPostgres.builder().setDataDirectory(pgData).setCleanDataDirectory(false).setPort(pgPort).start();
            for (int round = 0; round < 10 && tablets.stream().anyMatch(t -> !t.outbox.isEmpty()); round++) {
                rounds(tablets, records, 1, false, statuses, null);
            }

            assertThat(duringOutage).isNotEmpty().allSatisfy(reply -> {
                assertThat(reply.status()).isEqualTo(503);
                assertThat(reply.header("Retry-After")).isEqualTo("5");
                assertThat(reply.errorCode()).isEqualTo("unavailable");
            });
            assertThat(console.status()).isEqualTo(503);
            assertThat(console.header("Content-Type")).startsWith("text/html");
            assertThat(console.header("Retry-After")).isEqualTo("5");
            assertThat(console.body()).contains("not available just now").doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(waiting).as("changes kept on the tablets through the outage").isEqualTo(SAVED_PER_PHASE);
            assertThat(tablets).allSatisfy(t -> assertThat(t.outbox).isEmpty());
            Set<UUID> acknowledged = new HashSet<>();
            tablets.forEach(t -> acknowledged.addAll(t.acknowledged));
            assertThat(acknowledged).hasSize(2 * SAVED_PER_PHASE);
            for (UUID mutationId : acknowledged) {
                assertThat(count(server, "select count(*) from applied_mutation where mutation_id = ?", mutationId))
                        .as("mutation " + mutationId).isEqualTo(1);
            }
            assertThat(count(server, "select count(*) from pupil where school_id = ?", school.id()))
                    .isEqualTo(acknowledged.size());
            System.out.printf("PostgreSQL down while syncing: %s; %d changes waited on tablets through the outage;"
                    + " %d acknowledged, each stored once%n", statuses, waiting, acknowledged.size());
        } finally {
            postgres.close();
        }
    }

    /** {@code count} rounds: each tablet saves two new pupils (when {@code save}), pushes its outbox, then pulls. */
    private static void rounds(List<Tablet> tablets, SchoolRecords records, int count, boolean save,
            Map<String, Integer> statuses, List<ApiClient.Reply> failures) {
        for (int round = 0; round < count; round++) {
            for (Tablet tablet : tablets) {
                for (int i = 0; i < 2 && save; i++) {
                    tablet.outbox.add(SyncFixture.Mutations.create(EntityType.PUPIL, records.pupil(UUID.randomUUID(), "Oak"),
                            tablet.deviceId));
                }
            }
            sync(tablets, failures, statuses);
        }
    }

    /** One sync of every tablet: push what waits, keep what was not acknowledged, pull. */
    private static void sync(List<Tablet> tablets, List<ApiClient.Reply> failures, Map<String, Integer> statuses) {
        for (Tablet tablet : tablets) {
            if (!tablet.outbox.isEmpty()) {
                ApiClient.Reply pushed = tablet.api.post("/api/v1/sync/push", new PushRequest(
                        ProtocolVersion.CURRENT.value(), tablet.deviceId, List.copyOf(tablet.outbox)).toJson());
                statuses.merge("push " + pushed.status(), 1, Integer::sum);
                if (pushed.status() == 200) {
                    for (MutationOutcome outcome : PushResponse.fromJson(pushed.body()).outcomes()) {
                        assertThat(outcome).isInstanceOf(MutationOutcome.Applied.class);
                        tablet.acknowledged.add(outcome.mutationId());
                        tablet.outbox.removeIf(m -> m.mutationId().equals(outcome.mutationId()));
                    }
                } else if (failures != null) {
                    failures.add(pushed);
                }
            }
            ApiClient.Reply pulled = tablet.api.post("/api/v1/sync/pull", PullRequest.first().toJson());
            statuses.merge("pull " + pulled.status(), 1, Integer::sum);
            if (pulled.status() != 200 && failures != null) {
                failures.add(pulled);
            }
        }
    }

    private static int count(GraduatedServer server, String sql, UUID id) {
        return server.database().jdbi().withHandle(h -> h.createQuery(sql).bind(0, id).mapTo(Integer.class).one());
    }
}
