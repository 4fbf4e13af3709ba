package uk.graduated.model.sync;

import com.google.gson.JsonObject;
import java.util.Set;
import java.util.regex.Pattern;
import uk.graduated.model.json.JsonFields;
import uk.graduated.model.json.JsonOut;
import uk.graduated.model.json.JsonText;
import uk.graduated.model.validation.Violations;

/**
 * The reply to {@code PUT /api/v1/photos/{sha256}}: how much of a photo the server holds, so an
 * interrupted upload resumes where it stopped.
 *
 * @param sha256   the photo's address: SHA-256 of its bytes, 64 lowercase hex digits
 * @param size     the photo's total size in bytes, 1 to {@value SyncLimits#MAX_PHOTO_BYTES}
 * @param received bytes held, from the first; the next chunk starts at this offset
 * @param complete true exactly when received equals size: every byte is held and their hash matched
 *                 (a last chunk whose hash does not match is refused and the upload starts again)
 */
public record PhotoUploadStatus(String sha256, long size, long received, boolean complete) {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Set<String> JSON_FIELDS = Set.of("sha256", "size", "received", "complete");

    public PhotoUploadStatus {
        Violations v = new Violations();
        if (v.require("sha256", sha256) && !SHA256.matcher(sha256).matches()) {
            v.add("sha256", "invalid_format", "sha256 must be 64 lowercase hexadecimal digits");
        }
        if (size < 1 || size > SyncLimits.MAX_PHOTO_BYTES) {
            v.add("size", "out_of_range", "size must be from 1 to " + SyncLimits.MAX_PHOTO_BYTES);
        }
        if (received < 0 || received > size) {
            v.add("received", "out_of_range", "received must be from 0 to size");
        }
        if (complete != (received == size)) {
            v.add("complete", "invalid_value", "complete must be true exactly when every byte is received");
        }
        v.throwIfAny();
    }

    public JsonObject toJsonObject() {
        return new JsonOut()
                .put("sha256", sha256)
                .put("size", size)
                .put("received", received)
                .put("complete", complete)
                .build();
    }

    public String toJson() {
        return JsonText.compact(toJsonObject());
    }

    public static PhotoUploadStatus fromJson(String json) {
        JsonFields f = JsonFields.parse(json);
        f.rejectUnknown(JSON_FIELDS);
        String sha256 = f.requiredString("sha256");
        long size = f.requiredLong("size");
        long received = f.requiredLong("received");
        boolean complete = f.requiredBoolean("complete");
        PhotoUploadStatus status = f.build(() -> new PhotoUploadStatus(sha256, size, received, complete));
        f.throwIfInvalid();
        return status;
    }
}
