package uk.graduated.app.data.remote;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import uk.graduated.model.sync.ProtocolVersion;

/**
 * Headers every API request carries (protocol section 2): the protocol version, so an outdated app
 * is told to update instead of writing data the server would misread, and the app's version. No
 * request id: the server gives each request one and returns it (in error bodies too), and the app
 * keeps no log of its own to match it with, so sending one would only cost bytes on every request.
 */
final class ProtocolHeaders implements Interceptor {
    private final String userAgent;

    ProtocolHeaders(String appVersion) {
        this.userAgent = "Graduated-Android/" + appVersion;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request().newBuilder()
                .header(ProtocolVersion.HEADER, ProtocolVersion.CURRENT.toString())
                .header("User-Agent", userAgent)
                .build();
        return chain.proceed(request);
    }
}
