package uk.graduated.model.sync;

import com.google.gson.JsonObject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import uk.graduated.model.json.JsonFields;
import uk.graduated.model.json.JsonOut;
import uk.graduated.model.json.JsonText;
import uk.graduated.model.validation.Violations;

/**
 * One page of a pull. The device applies the changes, then the removals, and stores
 * {@code nextCursor}, all in one local transaction.
 *
 * @param changes      records changed after the cursor, in ascending server version; each record
 *                     at most once, at its latest state
 * @param removals     records to drop from this scope; none also among the changes
 * @param nextCursor   the cursor for the next pull; null only with must-resync
 * @param hasMore      whether more changes are waiting: pull again at once with {@code nextCursor}
 * @param mustResync   true when the server cannot continue from the cursor: the device drops every
 *                     pulled record of this scope (keeping its outbox) and pulls again with no cursor
 * @param resyncReason why, exactly when {@code mustResync}
 */
public record PullResponse(List<Change> changes, List<Removal> removals, String nextCursor, boolean hasMore,
        boolean mustResync, ResyncReason resyncReason) {
    private static final Set<String> JSON_FIELDS = Set.of("changes", "removals", "nextCursor", "hasMore",
            "mustResync", "resyncReason");

    public PullResponse {
        Violations v = new Violations();
        v.require("changes", changes);
        v.require("removals", removals);
        if (changes != null && removals != null) {
            checkPage(v, changes, removals);
        }
        if (mustResync) {
            v.require("resyncReason", resyncReason);
            if (nextCursor != null) {
                v.add("nextCursor", "not_allowed", "a must-resync page has no nextCursor");
            }
            if (hasMore) {
                v.add("hasMore", "not_allowed", "a must-resync page has nothing more");
            }
            if ((changes != null && !changes.isEmpty()) || (removals != null && !removals.isEmpty())) {
                v.add("changes", "not_allowed", "a must-resync page carries no changes or removals");
            }
        } else {
            Checks.opaque(v, "nextCursor", nextCursor, 1, SyncLimits.MAX_CURSOR_LENGTH);
            if (resyncReason != null) {
                v.add("resyncReason", "not_allowed", "resyncReason is given only with mustResync");
            }
        }
        v.throwIfAny();
        changes = List.copyOf(changes);
        removals = List.copyOf(removals);
    }

    /** A page telling the device to start this scope again from no cursor. */
    public static PullResponse resync(ResyncReason reason) {
        return new PullResponse(List.of(), List.of(), null, false, true, reason);
    }

    private static void checkPage(Violations v, List<Change> changes, List<Removal> removals) {
        if (changes.size() + removals.size() > SyncLimits.MAX_PULL_LIMIT) {
            v.add("changes", "too_many", "a page holds at most " + SyncLimits.MAX_PULL_LIMIT
                    + " changes and removals together");
            return;
        }
        Set<UUID> seen = new HashSet<>();
        long lastVersion = 0;
        for (int i = 0; i < changes.size(); i++) {
            Change change = changes.get(i);
            String at = "changes[" + i + "]";
            if (change == null) {
                v.add(at, "required", at + " is required");
                continue;
            }
            if (change.version() < lastVersion) {
                v.add(at + ".version", "out_of_order", "changes must be in ascending version order");
            }
            lastVersion = Math.max(lastVersion, change.version());
            if (!seen.add(change.entityId())) {
                v.add(at + ".entityId", "duplicate", "a page holds each record at most once");
            }
        }
        for (int i = 0; i < removals.size(); i++) {
            Removal removal = removals.get(i);
            String at = "removals[" + i + "]";
            if (removal == null) {
                v.add(at, "required", at + " is required");
            } else if (!seen.add(removal.entityId())) {
                v.add(at + ".entityId", "duplicate", "a page holds each record at most once");
            }
        }
    }

    public JsonObject toJsonObject() {
        JsonOut out = new JsonOut()
                .putList("changes", changes, Change::toJsonObject)
                .putList("removals", removals, Removal::toJsonObject);
        Wire.putOrNull(out, "nextCursor", nextCursor)
                .put("hasMore", hasMore)
                .put("mustResync", mustResync);
        return Wire.putOrNull(out, "resyncReason", resyncReason == null ? null : resyncReason.code()).build();
    }

    public String toJson() {
        return JsonText.compact(toJsonObject());
    }

    public static PullResponse fromJson(String json) {
        JsonFields f = JsonFields.parse(json);
        f.rejectUnknown(JSON_FIELDS);
        List<Change> changes = Wire.readList(f, "changes", SyncLimits.MAX_PULL_LIMIT, Change::read);
        List<Removal> removals = Wire.readList(f, "removals", SyncLimits.MAX_PULL_LIMIT, Removal::read);
        String nextCursor = f.optionalString("nextCursor");
        boolean hasMore = f.requiredBoolean("hasMore");
        boolean mustResync = f.requiredBoolean("mustResync");
        ResyncReason reason = f.optionalCode("resyncReason", ResyncReason::fromCode, ResyncReason.allowedCodes());
        PullResponse response = f.build(() -> new PullResponse(changes, removals, nextCursor, hasMore, mustResync,
                reason));
        f.throwIfInvalid();
        return response;
    }
}
