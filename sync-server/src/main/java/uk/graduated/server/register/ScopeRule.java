package uk.graduated.server.register;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import uk.graduated.model.sync.EntityType;

/** How a record's {@link ScopeKeys} follow from its JSON form (and, for some, from its parent). */
@FunctionalInterface
interface ScopeRule {
    ScopeKeys keysOf(JsonObject record, ParentPupils parents);

    /** The pupil a parent record is about: the plan of a cycle, the cycle of a review. */
    @FunctionalInterface
    interface ParentPupils {
        UUID pupilOf(EntityType parentType, UUID parentId);
    }

    static ScopeRule pupilItself() {
        return (record, parents) -> ScopeKeys.pupil(id(record, "id"));
    }

    static ScopeRule pupilMember() {
        return (record, parents) -> ScopeKeys.pupil(id(record, "pupilId"));
    }

    static ScopeRule pupilOfParent(String member, EntityType parentType) {
        return (record, parents) -> ScopeKeys.pupil(parents.pupilOf(parentType, id(record, member)));
    }

    static ScopeRule interventionItself() {
        return (record, parents) -> ScopeKeys.intervention(id(record, "id"));
    }

    static ScopeRule interventionMember() {
        return (record, parents) -> ScopeKeys.intervention(id(record, "interventionId"));
    }

    static ScopeRule membership() {
        return (record, parents) -> new ScopeKeys(List.of(id(record, "pupilId")), id(record, "interventionId"));
    }

    static ScopeRule children() {
        return (record, parents) -> {
            List<UUID> children = new ArrayList<>();
            record.getAsJsonArray("childIds").forEach(child -> children.add(UUID.fromString(child.getAsString())));
            return new ScopeKeys(children, null);
        };
    }

    private static UUID id(JsonObject record, String member) {
        return UUID.fromString(record.get(member).getAsString());
    }
}
