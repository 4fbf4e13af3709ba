package uk.graduated.app.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.Test;
import uk.graduated.model.sync.EntityType;
import uk.graduated.model.sync.Mutation;

public class PushBatchesTest {
    @Test
    public void mutationsFitUntilTheBodyWouldPassTheLimit() {
        List<Mutation> waiting = mutations(10, 1000);
        long one = waiting.get(0).toJson().getBytes(StandardCharsets.UTF_8).length + 1;

        assertThat(PushBatches.fitting(waiting, 256 + 3 * one)).isEqualTo(3);
        assertThat(PushBatches.fitting(waiting, 256 + 3 * one - 1)).isEqualTo(2);
    }

    @Test
    public void oneMutation_alwaysGoes() {
        assertThat(PushBatches.fitting(mutations(2, 5000), 10)).isEqualTo(1);
    }

    @Test
    public void everything_whenItFits() {
        assertThat(PushBatches.fitting(mutations(500, 100), 16L * 1024 * 1024)).isEqualTo(500);
    }

    private static List<Mutation> mutations(int count, int noteLength) {
        List<Mutation> mutations = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            JsonObject fields = new JsonObject();
            fields.addProperty("goal", "x".repeat(noteLength));
            mutations.add(Mutation.upsert(new UUID(1, i), new UUID(2, 0), EntityType.PLAN_TARGET, new UUID(3, i), 4L,
                    fields, Instant.parse("2026-11-23T10:00:00Z")));
        }
        return mutations;
    }
}
