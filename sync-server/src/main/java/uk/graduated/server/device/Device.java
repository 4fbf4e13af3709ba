package uk.graduated.server.device;

import com.google.gson.JsonObject;
import java.time.Instant;
import java.util.UUID;
import uk.graduated.model.json.JsonOut;
import uk.graduated.model.sync.DeviceState;
import uk.graduated.model.sync.DeviceStatus;
import uk.graduated.server.auth.JsonReplies;

/** An enrolled tablet as the console lists it. Its token is never part of it. */
public record Device(UUID id, UUID schoolId, String name, String platform, String appVersion, Instant enrolledAt,
        UUID enrolledBy, Instant lastSeenAt, Instant lastSyncAt, Instant revokedAt, UUID revokedBy) {

    public DeviceState state() {
        return revokedAt == null ? DeviceState.ACTIVE : DeviceState.REVOKED;
    }

    /** The protocol's status: when revoked, the instruction to wipe. */
    public DeviceStatus status() {
        return DeviceStatus.of(id, state(), revokedAt == null ? enrolledAt : revokedAt);
    }

    JsonObject toJson() {
        JsonOut out = new JsonOut()
                .put("id", id)
                .put("name", name)
                .put("platform", platform);
        JsonReplies.putOrNull(out, "appVersion", appVersion)
                .putCode("state", state(), DeviceState::code)
                .put("enrolledAt", enrolledAt);
        JsonReplies.putOrNull(out, "enrolledBy", enrolledBy);
        JsonReplies.putOrNull(out, "lastSeenAt", lastSeenAt);
        JsonReplies.putOrNull(out, "lastSyncAt", lastSyncAt);
        JsonReplies.putOrNull(out, "revokedAt", revokedAt);
        JsonReplies.putOrNull(out, "revokedBy", revokedBy);
        return out.build();
    }
}
