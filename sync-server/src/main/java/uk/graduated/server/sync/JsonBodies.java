package uk.graduated.server.sync;

import io.javalin.http.Context;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import uk.graduated.model.json.JsonFields;
import uk.graduated.model.sync.ErrorCode;
import uk.graduated.model.sync.SyncLimits;
import uk.graduated.model.validation.ValidationException;
import uk.graduated.server.auth.ApiException;

/**
 * Reads a JSON request body as protocol section 1 allows it: {@code application/json} (charset
 * UTF-8 only), optionally gzip-compressed, at most {@value SyncLimits#MAX_REQUEST_BODY_BYTES} bytes
 * once decompressed, so a small compressed body cannot expand into an unbounded one.
 */
final class JsonBodies {
    private JsonBodies() {
    }

    static String read(Context ctx) {
        if (!isJson(ctx.header("Content-Type"))) {
            throw ApiException.of(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Send the body as application/json in UTF-8.");
        }
        try (InputStream body = decoded(ctx)) {
            byte[] bytes = body.readNBytes(SyncLimits.MAX_REQUEST_BODY_BYTES + 1);
            if (bytes.length > SyncLimits.MAX_REQUEST_BODY_BYTES) {
                throw ApiException.of(ErrorCode.PAYLOAD_TOO_LARGE, "The request body is larger than "
                        + SyncLimits.MAX_REQUEST_BODY_BYTES + " bytes; send fewer mutations at a time.");
            }
            return utf8(bytes);
        } catch (ZipException | EOFException e) {
            throw unreadable("the body is not valid gzip, or it was cut short");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream decoded(Context ctx) throws IOException {
        String encoding = ctx.header("Content-Encoding");
        if (encoding == null || encoding.isBlank() || encoding.equalsIgnoreCase("identity")) {
            return ctx.req().getInputStream();
        }
        if (encoding.strip().equalsIgnoreCase("gzip")) {
            return new GZIPInputStream(ctx.req().getInputStream());
        }
        throw ApiException.of(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Compress the body with gzip or not at all.");
    }

    /** {@code application/json}, with no parameter but an optional {@code charset=utf-8}. */
    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String[] parts = contentType.split(";");
        if (!parts[0].strip().equalsIgnoreCase("application/json")) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip().toLowerCase(Locale.ROOT).replace("\"", "");
            if (!parameter.equals("charset=utf-8")) {
                return false;
            }
        }
        return true;
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw unreadable("the body is not valid UTF-8");
        }
    }

    private static ValidationException unreadable(String message) {
        return ValidationException.of(JsonFields.ROOT, JsonFields.INVALID_JSON, message);
    }
}
