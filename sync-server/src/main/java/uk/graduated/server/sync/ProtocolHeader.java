package uk.graduated.server.sync;

import io.javalin.http.Context;
import uk.graduated.model.sync.ErrorCode;
import uk.graduated.model.sync.ProtocolVersion;
import uk.graduated.server.auth.ApiException;
import uk.graduated.server.web.WebServer;

/**
 * The {@code Graduated-Protocol} header of protocol section 12: the server names its version on the
 * response, and refuses a request without one (400), from an app too old (426, "update the app")
 * or too new for it (400).
 */
public final class ProtocolHeader {
    private ProtocolHeader() {
    }

    /** A before-handler for the routes that speak the protocol. */
    public static void check(Context ctx) {
        ctx.header(ProtocolVersion.HEADER, ProtocolVersion.CURRENT.toString());
        ProtocolVersion oldest = ctx.appData(WebServer.OLDEST_PROTOCOL);
        ApiException refusal = refusal(ProtocolVersion.accept(ctx.header(ProtocolVersion.HEADER), oldest));
        if (refusal != null) {
            throw refusal;
        }
    }

    /** The error a request with this header gets, or null when it is served. */
    static ApiException refusal(ProtocolVersion.Acceptance acceptance) {
        ErrorCode error = acceptance.error();
        return error == null ? null : ApiException.of(error, error.defaultMessage());
    }

    /** The version the request speaks; only after {@link #check} accepted it. */
    static int of(Context ctx) {
        return Integer.parseInt(ctx.header(ProtocolVersion.HEADER));
    }
}
