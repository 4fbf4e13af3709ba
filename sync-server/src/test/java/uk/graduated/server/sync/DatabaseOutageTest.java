package uk.graduated.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.graduated.model.sync.EntityType;
import uk.graduated.model.sync.PullRequest;
import uk.graduated.server.GraduatedServer;
import uk.graduated.server.TestServers;
import uk.graduated.server.config.ExternalDatabase;
import uk.graduated.server.sync.SyncFixture.Mutations;
import uk.graduated.server.testing.ApiClient;
import uk.graduated.server.testing.TestAccounts;

/** PostgreSQL going away mid-service is a 503 with Retry-After, never a 500, on every sync route. */
class DatabaseOutageTest {
    @Test
    void pushAndPull_whileThePostgresIsStopped_answer503WithRetryAfter(@TempDir Path dataDir, @TempDir Path pgData)
            throws IOException {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(pgData).setCleanDataDirectory(false).start();
        ExternalDatabase database = new ExternalDatabase(postgres.getJdbcUrl("postgres", "postgres"), "postgres", null);
        try (GraduatedServer server = GraduatedServer.start(TestServers.config(dataDir, database))) {
            TestAccounts accounts = new TestAccounts(server.database());
            TestAccounts.School school = accounts.createSchool("Larkspur Vale Primary School");
            TestAccounts.Device tablet = accounts.enrolDevice(school, "Rainbow Room tablet");
            ApiClient api = new ApiClient(server.baseUrl()).withToken(accounts.sessionOnDevice(school.senco(), tablet));
            String push = Mutations.pushBody(tablet.id(), Mutations.create(EntityType.PUPIL,
                    new SchoolRecords(school.id()).pupil(UUID.randomUUID(), "Oak"), tablet.id()));
            assertThat(api.post("/api/v1/sync/push", push).status()).isEqualTo(200);

            postgres.close();
            ApiClient.Reply pushed = api.post("/api/v1/sync/push", push);
            ApiClient.Reply pulled = api.post("/api/v1/sync/pull", PullRequest.first().toJson());

            for (ApiClient.Reply reply : new ApiClient.Reply[] {pushed, pulled}) {
                assertThat(reply.status()).isEqualTo(503);
                assertThat(reply.header("Retry-After")).isEqualTo(DatabaseOutages.RETRY_AFTER_SECONDS);
                assertThat(reply.errorCode()).isEqualTo("unavailable");
            }
        } finally {
            postgres.close();
        }
    }
}
