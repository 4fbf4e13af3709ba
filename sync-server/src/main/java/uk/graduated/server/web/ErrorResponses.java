package uk.graduated.server.web;

import io.javalin.Javalin;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.graduated.model.sync.ErrorBody;
import uk.graduated.model.sync.ErrorCode;
import uk.graduated.model.validation.ValidationException;

/**
 * Every failure leaves as the protocol's {@link ErrorBody}, and an unexpected one never shows its
 * stack trace or message: those go to the log, under the request id the client is given.
 */
final class ErrorResponses {
    private static final Logger log = LoggerFactory.getLogger(ErrorResponses.class);

    private ErrorResponses() {
    }

    static void register(Javalin app) {
        app.exception(ValidationException.class, (e, ctx) -> write(ctx, ErrorBody.of(e, RequestIds.of(ctx))));
        app.exception(HttpResponseException.class, (e, ctx) -> {
            ErrorBody body = bodyFor(e, RequestIds.of(ctx));
            if (BrowserErrors.isBrowserPath(ctx)) {
                writePage(ctx, body);
            } else {
                write(ctx, body);
            }
        });
        app.exception(Exception.class, (e, ctx) -> {
            ErrorBody body;
            if (isUndecodablePath(e)) {
                // Javalin decodes path parameters itself; one with a broken percent-escape names nothing.
                body = ErrorBody.of(ErrorCode.NOT_FOUND, RequestIds.of(ctx));
            } else {
                log.error("Unhandled error in {} {}", ctx.method(), PathTemplates.of(ctx), e);
                body = ErrorBody.of(ErrorCode.INTERNAL_ERROR, RequestIds.of(ctx));
            }
            if (BrowserErrors.isBrowserPath(ctx)) {
                writePage(ctx, body);
            } else {
                write(ctx, body);
            }
        });
    }

    private static void write(Context ctx, ErrorBody body) {
        int status = ErrorCode.fromCode(body.code()).map(ErrorCode::httpStatus).orElse(500);
        ctx.status(status).contentType(ContentType.APPLICATION_JSON).result(body.toJson());
    }

    private static boolean isUndecodablePath(Exception e) {
        return e instanceof IllegalArgumentException && e.getMessage() != null && e.getMessage().startsWith("URLDecoder:");
    }

    /** The same failure for a person's browser: a page in words, not JSON. */
    private static void writePage(Context ctx, ErrorBody body) {
        ErrorCode code = ErrorCode.fromCode(body.code()).orElse(ErrorCode.INTERNAL_ERROR);
        String heading = switch (code) {
            case PAYLOAD_TOO_LARGE -> "The form is too large";
            case METHOD_NOT_ALLOWED -> "This page cannot be used that way";
            case NOT_FOUND -> "Page not found";
            default -> "Something went wrong";
        };
        String message = switch (code) {
            case PAYLOAD_TOO_LARGE -> "What was sent is larger than the server accepts. Nothing was saved.";
            case METHOD_NOT_ALLOWED -> "Go back to the console and use its links and buttons.";
            case NOT_FOUND -> "There is no such page. The address may be mistyped.";
            default -> "The page could not be shown. Try again; if it keeps failing, quote the reference below.";
        };
        BrowserErrors.send(ctx, code.httpStatus(), heading, message);
    }

    /** The responses Javalin itself raises, in the protocol's codes. */
    static ErrorBody bodyFor(HttpResponseException e, String requestId) {
        ErrorCode code = switch (e.getStatus()) {
            case 404 -> ErrorCode.NOT_FOUND;
            case 405 -> ErrorCode.METHOD_NOT_ALLOWED;
            case 413 -> ErrorCode.PAYLOAD_TOO_LARGE;
            default -> null;
        };
        if (code == null) {
            // A route raised a status the protocol has no code for: a server bug, so reported as one.
            log.error("Unmapped HTTP error {}: {}", e.getStatus(), e.getMessage());
            return ErrorBody.of(ErrorCode.INTERNAL_ERROR, requestId);
        }
        return ErrorBody.of(code, requestId);
    }
}
