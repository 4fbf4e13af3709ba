package uk.graduated.app.data.record;

import com.google.gson.JsonObject;

/**
 * A record's complete JSON form with the server version it came with.
 *
 * @param serverVersion null for a record only made or changed on this tablet
 */
public record VersionedFields(JsonObject fields, Long serverVersion) {
}
