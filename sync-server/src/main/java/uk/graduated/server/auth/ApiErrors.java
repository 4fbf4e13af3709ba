package uk.graduated.server.auth;

import io.javalin.Javalin;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import java.util.List;
import java.util.UUID;
import uk.graduated.model.sync.ErrorBody;
import uk.graduated.server.web.RequestIds;

/** Writes an {@link ApiException} as the protocol's error body, with Retry-After when rate limited. */
final class ApiErrors {
    private ApiErrors() {
    }

    static void register(Javalin app) {
        app.exception(ApiException.class, ApiErrors::write);
    }

    static void write(ApiException e, Context ctx) {
        String requestId = requestId(ctx);
        ErrorBody body = e.device() != null
                ? ErrorBody.of(e.device(), requestId)
                : new ErrorBody(e.code().code(), e.getMessage(), e.field(), List.of(), requestId, null);
        Long retryAfter = e.retryAfterSeconds();
        if (retryAfter != null) {
            ctx.header("Retry-After", Long.toString(retryAfter));
        }
        ctx.status(e.code().httpStatus()).contentType(ContentType.APPLICATION_JSON).result(body.toJson());
    }

    /** The id the request-id filter put on the response; it runs before any route. */
    private static String requestId(Context ctx) {
        String id = ctx.res().getHeader(RequestIds.HEADER);
        return id != null ? id : UUID.randomUUID().toString();
    }
}
