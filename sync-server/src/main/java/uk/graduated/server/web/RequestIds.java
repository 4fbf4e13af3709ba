package uk.graduated.server.web;

import io.javalin.http.Context;
import java.util.UUID;
import java.util.regex.Pattern;
import uk.graduated.model.sync.ErrorBody;

/**
 * Every request carries an id that appears in the response and in each log line about it, so a
 * person can quote it and we can find what happened. A client's own id is kept when it is safe to
 * log; anything else (too long, spaces, control characters that could forge log lines) is replaced.
 */
public final class RequestIds {
    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    static final String ATTRIBUTE = "graduated.requestId";
    private static final Pattern SANE =
            Pattern.compile("[A-Za-z0-9._:-]{1," + ErrorBody.MAX_REQUEST_ID_LENGTH + "}");

    private RequestIds() {
    }

    /** The client's id when sane, otherwise a new one. */
    public static String acceptOrGenerate(String fromClient) {
        if (fromClient != null && SANE.matcher(fromClient).matches()) {
            return fromClient;
        }
        return UUID.randomUUID().toString();
    }

    /** The id given to this request by the first before-handler. */
    static String of(Context ctx) {
        String id = ctx.attribute(ATTRIBUTE);
        return id != null ? id : acceptOrGenerate(null);
    }
}
