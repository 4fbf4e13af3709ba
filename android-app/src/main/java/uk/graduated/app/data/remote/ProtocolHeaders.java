package uk.graduated.app.data.remote;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import uk.graduated.app.core.Clock;
import uk.graduated.app.core.Uuids;
import uk.graduated.model.sync.ProtocolVersion;

/**
 * Headers every API request carries (protocol section 2): the protocol version, so an outdated app
 * is told to update instead of writing data the server would misread; a request id to match the
 * app's and the server's logs; and the app's version.
 */
final class ProtocolHeaders implements Interceptor {
    static final String REQUEST_ID = "X-Request-Id";

    private final String userAgent;
    private final Clock clock;

    ProtocolHeaders(String appVersion, Clock clock) {
        this.userAgent = "Graduated-Android/" + appVersion;
        this.clock = clock;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request.Builder request = chain.request().newBuilder()
                .header(ProtocolVersion.HEADER, ProtocolVersion.CURRENT.toString())
                .header("User-Agent", userAgent);
        if (chain.request().header(REQUEST_ID) == null) {
            request.header(REQUEST_ID, Uuids.v7(clock).toString());
        }
        return chain.proceed(request.build());
    }
}
