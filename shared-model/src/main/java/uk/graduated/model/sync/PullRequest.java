package uk.graduated.model.sync;

import com.google.gson.JsonObject;
import java.util.Set;
import uk.graduated.model.json.JsonFields;
import uk.graduated.model.json.JsonOut;
import uk.graduated.model.json.JsonText;
import uk.graduated.model.validation.Violations;

/**
 * The body of {@code POST /api/v1/sync/pull}.
 *
 * @param cursor the {@code nextCursor} of the last page applied, exactly as received; null for the
 *               first pull of a scope and after a must-resync. Opaque: never parsed or built by a client
 * @param limit  the most changes plus removals wanted, {@value SyncLimits#MIN_PULL_LIMIT} to
 *               {@value SyncLimits#MAX_PULL_LIMIT}; {@value SyncLimits#DEFAULT_PULL_LIMIT} when omitted
 */
public record PullRequest(String cursor, int limit) {
    private static final Set<String> JSON_FIELDS = Set.of("cursor", "limit");

    public PullRequest {
        Violations v = new Violations();
        if (cursor != null) {
            Checks.opaque(v, "cursor", cursor, 1, SyncLimits.MAX_CURSOR_LENGTH);
        }
        if (limit < SyncLimits.MIN_PULL_LIMIT || limit > SyncLimits.MAX_PULL_LIMIT) {
            v.add("limit", "out_of_range", "limit must be from " + SyncLimits.MIN_PULL_LIMIT + " to "
                    + SyncLimits.MAX_PULL_LIMIT);
        }
        v.throwIfAny();
    }

    /** The first pull of a scope, with the default page size. */
    public static PullRequest first() {
        return new PullRequest(null, SyncLimits.DEFAULT_PULL_LIMIT);
    }

    public JsonObject toJsonObject() {
        JsonOut out = new JsonOut();
        return Wire.putOrNull(out, "cursor", cursor).put("limit", limit).build();
    }

    public String toJson() {
        return JsonText.compact(toJsonObject());
    }

    public static PullRequest fromJson(String json) {
        JsonFields f = JsonFields.parse(json);
        f.rejectUnknown(JSON_FIELDS);
        String cursor = f.optionalString("cursor");
        Integer limit = f.optionalInt("limit");
        PullRequest request = f.build(() -> new PullRequest(cursor,
                limit == null ? SyncLimits.DEFAULT_PULL_LIMIT : limit));
        f.throwIfInvalid();
        return request;
    }
}
