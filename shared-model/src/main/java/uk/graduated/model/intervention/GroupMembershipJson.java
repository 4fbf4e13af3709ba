package uk.graduated.model.intervention;

import com.google.gson.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import uk.graduated.model.json.JsonFields;
import uk.graduated.model.json.JsonOut;

/**
 * JSON form of a {@link GroupMembership}. Entry and exit scores are nested objects
 * ({@code {"value": "84.5", "takenOn": "2028-01-10"}}), left out while not yet taken; score values
 * travel as decimal strings so no client's floating point rounds them.
 */
public final class GroupMembershipJson {
    static final Set<String> FIELDS = Set.of("id", "interventionId", "pupilId", "joinedOn", "leftOn", "entry", "exit");
    static final Set<String> SCORE_FIELDS = Set.of("value", "takenOn");

    private GroupMembershipJson() {
    }

    public static JsonObject toJson(GroupMembership membership) {
        return new JsonOut()
                .put("id", membership.id())
                .put("interventionId", membership.interventionId())
                .put("pupilId", membership.pupilId())
                .put("joinedOn", membership.joinedOn())
                .put("leftOn", membership.leftOn())
                .put("entry", score(membership.entry()))
                .put("exit", score(membership.exit()))
                .build();
    }

    public static GroupMembership fromJson(JsonFields f) {
        f.rejectUnknown(FIELDS);
        UUID id = f.requiredUuid("id");
        UUID interventionId = f.requiredUuid("interventionId");
        UUID pupilId = f.requiredUuid("pupilId");
        LocalDate joinedOn = f.requiredDate("joinedOn");
        LocalDate leftOn = f.optionalDate("leftOn");
        Score entry = score(f.optionalObject("entry"));
        Score exit = score(f.optionalObject("exit"));
        GroupMembership membership = f.build(() -> new GroupMembership(id, interventionId, pupilId, joinedOn, leftOn,
                entry, exit));
        f.throwIfInvalid();
        return membership;
    }

    private static JsonOut score(Score score) {
        return score == null ? null : new JsonOut().put("value", score.value()).put("takenOn", score.takenOn());
    }

    private static Score score(JsonFields f) {
        if (f == null) {
            return null;
        }
        f.rejectUnknown(SCORE_FIELDS);
        BigDecimal value = f.requiredDecimal("value");
        LocalDate takenOn = f.requiredDate("takenOn");
        return f.build(() -> new Score(value, takenOn));
    }
}
