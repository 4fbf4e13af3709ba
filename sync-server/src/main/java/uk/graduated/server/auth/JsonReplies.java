package uk.graduated.server.auth;

import com.google.gson.JsonElement;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.UUID;
import uk.graduated.model.json.JsonOut;
import uk.graduated.model.json.JsonText;

/** Writing JSON replies the protocol's way: every member present, {@code null} where there is no value. */
public final class JsonReplies {
    private JsonReplies() {
    }

    public static JsonOut putOrNull(JsonOut out, String name, UUID value) {
        return value == null ? out.putNull(name) : out.put(name, value);
    }

    public static JsonOut putOrNull(JsonOut out, String name, Instant value) {
        return value == null ? out.putNull(name) : out.put(name, value);
    }

    public static JsonOut putOrNull(JsonOut out, String name, String value) {
        return value == null ? out.putNull(name) : out.put(name, value);
    }

    public static void send(Context ctx, int status, JsonElement body) {
        ctx.status(status).contentType(ContentType.APPLICATION_JSON).result(JsonText.compact(body));
    }
}
