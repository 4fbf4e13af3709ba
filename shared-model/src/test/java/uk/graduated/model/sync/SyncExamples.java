package uk.graduated.model.sync;

import com.google.gson.JsonObject;
import java.time.Instant;
import java.util.UUID;
import uk.graduated.model.json.JsonOut;

/** Small valid values for the unit tests of this package. */
final class SyncExamples {
    static final UUID DEVICE = UUID.fromString("01a207a4-49a8-70c5-a6a3-a4506513270e");
    static final UUID ENTITY = UUID.fromString("01a207b7-1a10-7a09-a170-b33839263059");
    static final Instant AT = Instant.parse("2026-11-23T09:47:12Z");

    private SyncExamples() {
    }

    static UUID id(int n) {
        return new UUID(0x01a207a000007000L, 0x8000000000000000L | n);
    }

    static JsonObject minutes(int value) {
        return new JsonOut().put("minutes", value).build();
    }

    static Mutation upsert(int n) {
        return Mutation.upsert(id(n), DEVICE, EntityType.PLAN_TARGET, ENTITY, 12L, minutes(30), AT);
    }
}
