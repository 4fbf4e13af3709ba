package uk.graduated.app.data.remote;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;
import okio.BufferedSink;
import okio.GzipSink;
import okio.Okio;

/**
 * Compresses JSON request bodies (a push of 500 session logs shrinks about tenfold; protocol
 * section 1 allows it). Photos are left alone: JPEG, PNG and WebP are compressed already, and so
 * are small bodies such as a pull's cursor, which gzip's framing and header would make larger.
 * Responses need nothing here: OkHttp asks for gzip and unpacks it by itself.
 */
final class GzipJsonBodies implements Interceptor {
    /** Below this, gzip's 18 bytes of framing and its 24-byte header cost more than it saves. */
    static final long SMALLEST_COMPRESSED = 256;

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        RequestBody body = request.body();
        if (body == null || request.header("Content-Encoding") != null || !isJson(body.contentType())
                || body.contentLength() < SMALLEST_COMPRESSED) {
            return chain.proceed(request);
        }
        Buffer compressed = new Buffer();
        try (BufferedSink gzip = Okio.buffer(new GzipSink(compressed))) {
            body.writeTo(gzip);
        }
        RequestBody gzipped = RequestBody.create(compressed.readByteString(), body.contentType());
        return chain.proceed(request.newBuilder()
                .header("Content-Encoding", "gzip")
                .method(request.method(), gzipped)
                .build());
    }

    private static boolean isJson(MediaType type) {
        return type != null && "application".equals(type.type()) && "json".equals(type.subtype());
    }
}
