package uk.graduated.server.sync;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import uk.graduated.model.json.JsonText;
import uk.graduated.model.sync.Mutation;
import uk.graduated.model.sync.MutationOutcome;
import uk.graduated.model.sync.PushResponse;
import uk.graduated.server.register.Writes;

/**
 * {@code applied_mutation}: the outcome of every mutation, stored in the transaction that applied
 * it, so a mutation sent again is answered with the same outcome and applied once.
 */
final class AppliedMutations {
    private final Writes writes;
    private final UUID schoolId;

    AppliedMutations(Writes writes, UUID schoolId) {
        this.writes = writes;
        this.schoolId = schoolId;
    }

    /** The stored outcomes of those of these mutations that were sent before, by mutation id. */
    Map<UUID, MutationOutcome> find(Collection<UUID> mutationIds) {
        Map<UUID, MutationOutcome> outcomes = new HashMap<>();
        writes.flush().createQuery("select mutation_id, outcome::text as outcome from applied_mutation"
                        + " where school_id = :school and mutation_id = any(:ids)")
                .bind("school", schoolId)
                .bind("ids", mutationIds.toArray(UUID[]::new))
                .map((rs, ctx) -> Map.entry(rs.getObject("mutation_id", UUID.class), outcome(rs.getString("outcome"))))
                .forEach(stored -> outcomes.put(stored.getKey(), stored.getValue()));
        return outcomes;
    }

    void store(Mutation mutation, UUID staffId, MutationOutcome outcome) {
        writes.log("""
                        insert into applied_mutation (school_id, mutation_id, device_id, staff_id, entity_type,
                                                      entity_id, outcome)
                        values (:school, :id, :device, :staff, :type, :entity, cast(:outcome as jsonb))""", null,
                insert -> insert.bind("school", schoolId)
                        .bind("id", mutation.mutationId())
                        .bind("device", mutation.deviceId())
                        .bindByType("staff", staffId, UUID.class)
                        .bind("type", mutation.entityType().wireName())
                        .bind("entity", mutation.entityId())
                        .bind("outcome", JsonText.compact(outcome.toJsonObject())));
    }

    /** Read back through the protocol's own reader, so a stored outcome is exactly what was sent. */
    private static MutationOutcome outcome(String json) {
        return PushResponse.fromJson("{\"outcomes\":[" + json + "]}").outcomes().get(0);
    }
}
