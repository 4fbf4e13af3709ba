package uk.graduated.server.sync;

import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import uk.graduated.model.json.JsonText;
import uk.graduated.model.sync.Mutation;
import uk.graduated.model.sync.MutationOutcome;
import uk.graduated.model.sync.PushResponse;

/**
 * {@code applied_mutation}: the outcome of every mutation, stored in the transaction that applied
 * it, so a mutation sent again is answered with the same outcome and applied once.
 */
final class AppliedMutations {
    private final Handle handle;
    private final UUID schoolId;

    AppliedMutations(Handle handle, UUID schoolId) {
        this.handle = handle;
        this.schoolId = schoolId;
    }

    Optional<MutationOutcome> find(UUID mutationId) {
        return handle.createQuery("select outcome::text from applied_mutation where school_id = :school and mutation_id = :id")
                .bind("school", schoolId)
                .bind("id", mutationId)
                .mapTo(String.class)
                .findOne()
                .map(AppliedMutations::outcome);
    }

    void store(Mutation mutation, UUID staffId, MutationOutcome outcome) {
        handle.createUpdate("""
                        insert into applied_mutation (school_id, mutation_id, device_id, staff_id, entity_type,
                                                      entity_id, outcome)
                        values (:school, :id, :device, :staff, :type, :entity, cast(:outcome as jsonb))""")
                .bind("school", schoolId)
                .bind("id", mutation.mutationId())
                .bind("device", mutation.deviceId())
                .bindByType("staff", staffId, UUID.class)
                .bind("type", mutation.entityType().wireName())
                .bind("entity", mutation.entityId())
                .bind("outcome", JsonText.compact(outcome.toJsonObject()))
                .execute();
    }

    /** Read back through the protocol's own reader, so a stored outcome is exactly what was sent. */
    private static MutationOutcome outcome(String json) {
        return PushResponse.fromJson("{\"outcomes\":[" + json + "]}").outcomes().get(0);
    }
}
