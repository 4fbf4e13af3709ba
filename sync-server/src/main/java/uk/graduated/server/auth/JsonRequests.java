package uk.graduated.server.auth;

import io.javalin.http.Context;
import java.util.Locale;
import uk.graduated.model.sync.ErrorCode;

/** The JSON text of a request body, refusing any content type but JSON in UTF-8 (415). */
public final class JsonRequests {
    private JsonRequests() {
    }

    public static String body(Context ctx) {
        String type = ctx.header("Content-Type");
        if (type == null || !isJson(type)) {
            throw ApiException.of(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Send the body as Content-Type: application/json.");
        }
        return ctx.body();
    }

    /** {@code application/json}, optionally with {@code charset=utf-8} and nothing else. */
    static boolean isJson(String contentType) {
        String[] parts = contentType.toLowerCase(Locale.ROOT).split(";");
        if (!parts[0].strip().equals("application/json")) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip().replace(" ", "");
            if (!parameter.equals("charset=utf-8") && !parameter.equals("charset=\"utf-8\"")) {
                return false;
            }
        }
        return true;
    }
}
