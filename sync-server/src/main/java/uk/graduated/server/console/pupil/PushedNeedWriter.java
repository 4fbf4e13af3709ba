package uk.graduated.server.console.pupil;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.graduated.model.sen.RankedNeedJson;
import uk.graduated.model.sync.EntityType;
import uk.graduated.model.sync.Mutation;
import uk.graduated.model.sync.MutationOutcome;
import uk.graduated.model.sync.ProtocolVersion;
import uk.graduated.model.sync.PushRequest;
import uk.graduated.server.auth.Principal;
import uk.graduated.server.sync.PushService;

/**
 * Saves needs through the sync write path ({@link PushService}), as mutations in the SENCO's name, so
 * a console edit is checked, versioned, logged for the tablets' pull and kept in the record history
 * exactly like one from a tablet. Mutations name a device; a console edit names the school's console
 * writer id ({@link #consoleWriterId}), which is no enrolled tablet.
 */
public final class PushedNeedWriter implements NeedWriter {
    private static final Logger log = LoggerFactory.getLogger(PushedNeedWriter.class);

    private final PushService push;
    private final Clock clock;

    public PushedNeedWriter(PushService push, Clock clock) {
        this.push = push;
        this.clock = clock;
    }

    /** The id console edits of a school carry where a tablet's id would be: the same for every edit. */
    public static UUID consoleWriterId(UUID schoolId) {
        return UUID.nameUUIDFromBytes(("graduated console writer " + schoolId).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public List<String> write(Principal senco, List<Write> writes) {
        UUID device = consoleWriterId(senco.schoolId());
        List<Mutation> mutations = new ArrayList<>();
        for (Write w : writes) {
            mutations.add(Mutation.upsert(UUID.randomUUID(), device, EntityType.SEN_NEED, w.need().id(), w.baseVersion(),
                    RankedNeedJson.toJson(w.need()), clock.instant()));
        }
        List<MutationOutcome> outcomes = push.push(senco, new PushRequest(ProtocolVersion.CURRENT.value(), device,
                mutations)).outcomes();
        List<String> refusals = new ArrayList<>();
        for (MutationOutcome outcome : outcomes) {
            if (outcome instanceof MutationOutcome.Rejected rejected) {
                log.warn("Console need edit {} refused: {}", rejected.mutationId(), rejected.code());
                refusals.add(rejected.message());
            }
        }
        return refusals;
    }
}
