package uk.graduated.server.proof.cut;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.graduated.model.sync.EntityType;
import uk.graduated.server.proof.OutboxTablet;
import uk.graduated.server.proof.cut.CuttingProxy.Cut;
import uk.graduated.server.proof.cut.CuttingProxy.Direction;
import uk.graduated.server.sync.SyncFixture;

/**
 * Pushes through a proxy that cuts the connection part-way through the request's body or the
 * response's body, then retries as the app does: every change is stored exactly once, whether the
 * server never saw all of it (request cut) or committed it and the answer was lost (response cut).
 */
class ConnectionCutTest {
    private static final long SEED = 7_301L;

    @Test
    void pushCutMidRequestOrMidResponse_thenRetried_appliesEachChangeExactlyOnce(@TempDir Path dataDir) throws Exception {
        Random random = new Random(SEED);
        Map<String, Integer> pushes = new TreeMap<>();
        try (SyncFixture f = SyncFixture.start(dataDir);
             CuttingProxy proxy = new CuttingProxy(port(f.server.baseUrl()))) {
            OutboxTablet tablet = new OutboxTablet(f.tablet.id(), f.accounts.sessionOnDevice(f.senco, f.tablet));
            String throughProxy = "http://127.0.0.1:" + proxy.port();
            for (int round = 0; round < 60; round++) {
                for (int i = 0; i < 1 + random.nextInt(3); i++) {
                    tablet.save(device -> SyncFixture.Mutations.create(EntityType.PUPIL,
                            f.records.pupil(UUID.randomUUID(), "Oak"), device));
                }
                Direction direction = Direction.values()[random.nextInt(3)];
                // A push body here is at least 500 bytes and an answer at least 150: every cut lands inside one.
                proxy.cutNext(new Cut(direction, random.nextInt(direction == Direction.RESPONSE ? 150 : 500)));
                boolean answered = tablet.push(throughProxy);
                pushes.merge(direction + (answered ? " answered" : " cut"), 1, Integer::sum);
            }
            for (int attempt = 0; attempt < 3 && tablet.waiting() > 0; attempt++) {
                tablet.push(throughProxy);
            }

            assertThat(tablet.waiting()).isZero();
            assertThat(tablet.acknowledged()).containsExactlyInAnyOrderElementsOf(tablet.saved().keySet());
            for (Map.Entry<UUID, UUID> change : tablet.saved().entrySet()) {
                assertThat(count(f, "select count(*) from applied_mutation where mutation_id = ?", change.getKey()))
                        .as("mutation " + change.getKey()).isEqualTo(1);
                assertThat(count(f, "select count(*) from pupil where id = ?", change.getValue())).isEqualTo(1);
                assertThat(count(f, "select count(*) from record_history where mutation_id = ?", change.getKey()))
                        .isEqualTo(1);
            }
            assertThat(pushes.keySet()).contains("REQUEST cut", "RESPONSE cut");
            System.out.printf("Connections cut: %d changes saved, each stored once; pushes %s%n", tablet.saved().size(),
                    pushes);
        }
    }

    private static int port(String baseUrl) {
        return Integer.parseInt(baseUrl.substring(baseUrl.lastIndexOf(':') + 1));
    }

    private static int count(SyncFixture f, String sql, UUID id) {
        return f.jdbi().withHandle(h -> h.createQuery(sql).bind(0, id).mapTo(Integer.class).one());
    }
}
