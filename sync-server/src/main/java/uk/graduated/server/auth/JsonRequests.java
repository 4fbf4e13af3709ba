package uk.graduated.server.auth;

import io.javalin.http.Context;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import uk.graduated.model.json.JsonFields;
import uk.graduated.model.sync.ErrorCode;
import uk.graduated.model.validation.ValidationException;

/** The JSON text of a request body: JSON content type only (415), and valid UTF-8 only (400 {@code invalid_json}). */
public final class JsonRequests {
    private JsonRequests() {
    }

    public static String body(Context ctx) {
        String type = ctx.header("Content-Type");
        if (type == null || !isJson(type)) {
            throw ApiException.of(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Send the body as Content-Type: application/json.");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(ctx.bodyAsBytes()))
                    .toString();
        } catch (CharacterCodingException e) {
            // Decoding leniently would store U+FFFD in place of what was sent: a name or password changed unseen.
            throw ValidationException.of(JsonFields.ROOT, JsonFields.INVALID_JSON, "the body is not valid UTF-8");
        }
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
