package uk.graduated.app.data.remote;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.Response;
import retrofit2.Retrofit;
import uk.graduated.app.sync.engine.QueuedPhoto;
import uk.graduated.app.sync.engine.SyncScope;
import uk.graduated.app.sync.engine.SyncTransport;
import uk.graduated.app.sync.engine.TransportException;
import uk.graduated.model.sync.ErrorBody;
import uk.graduated.model.sync.PhotoUploadStatus;
import uk.graduated.model.sync.PullRequest;
import uk.graduated.model.sync.PullResponse;
import uk.graduated.model.sync.PushRequest;
import uk.graduated.model.sync.PushResponse;
import uk.graduated.model.validation.ValidationException;

/** The sync protocol over HTTPS with Retrofit and OkHttp; bodies read and written by the shared-model codecs. */
public final class HttpSyncTransport implements SyncTransport {
    /** JSON is UTF-8 by definition (RFC 8259): no charset parameter, which OkHttp adds to a body made from a String. */
    private static final MediaType JSON = MediaType.get("application/json");

    private final SyncApi api;

    public HttpSyncTransport(String serverUrl, OkHttpClient client) {
        this.api = new Retrofit.Builder()
                .baseUrl(serverUrl.endsWith("/") ? serverUrl : serverUrl + "/")
                .client(client)
                .build()
                .create(SyncApi.class);
    }

    /**
     * The client the app uses: generous timeouts for a slow corridor connection, the protocol's
     * headers, the scope's token, and compressed JSON bodies.
     */
    public static OkHttpClient client(TokenSource tokens, String appVersion) {
        return new OkHttpClient.Builder()
                .connectTimeout(15, TimeUnit.SECONDS)
                .readTimeout(60, TimeUnit.SECONDS)
                .writeTimeout(60, TimeUnit.SECONDS)
                .addInterceptor(new ProtocolHeaders(appVersion))
                .addInterceptor(new AuthInterceptor(tokens))
                .addInterceptor(new GzipJsonBodies())
                .build();
    }

    @Override
    public PushResponse push(SyncScope scope, PushRequest request) throws TransportException {
        return read(execute(api.push(json(request.toJson()), scope)), PushResponse::fromJson);
    }

    @Override
    public PullResponse pull(SyncScope scope, PullRequest request) throws TransportException {
        return read(execute(api.pull(json(request.toJson()), scope)), PullResponse::fromJson);
    }

    @Override
    public PhotoUploadStatus photoStatus(SyncScope scope, QueuedPhoto photo) throws TransportException {
        RequestBody empty = RequestBody.create(new byte[0], MediaType.get(photo.mediaType()));
        return read(execute(api.putPhoto(photo.sha256(), "bytes */" + photo.sizeBytes(), empty, scope)),
                PhotoUploadStatus::fromJson);
    }

    @Override
    public PhotoUploadStatus uploadPhoto(SyncScope scope, QueuedPhoto photo, long offset, byte[] chunk)
            throws TransportException {
        String range = "bytes " + offset + "-" + (offset + chunk.length - 1) + "/" + photo.sizeBytes();
        RequestBody bytes = RequestBody.create(chunk, MediaType.get(photo.mediaType()));
        return read(execute(api.putPhoto(photo.sha256(), range, bytes, scope)), PhotoUploadStatus::fromJson);
    }

    private static RequestBody json(String text) {
        return RequestBody.create(text.getBytes(StandardCharsets.UTF_8), JSON);
    }

    /** The body of a successful answer, or the failure as the protocol describes it. */
    private static String execute(Call<ResponseBody> call) throws TransportException {
        Response<ResponseBody> response;
        try {
            response = call.execute();
        } catch (IOException e) {
            throw TransportException.network(e);
        }
        if (!response.isSuccessful()) {
            throw TransportException.http(response.code(), errorBody(response.errorBody()),
                    retryAfter(response.headers().get("Retry-After")));
        }
        try (ResponseBody body = response.body()) {
            if (body == null) {
                throw TransportException.unreadable(response.code(), "no body", null);
            }
            return body.string();
        } catch (IOException e) {
            // The connection broke while the answer was arriving: as good as no answer.
            throw TransportException.network(e);
        }
    }

    private static <T> T read(String json, Function<String, T> codec) throws TransportException {
        try {
            return codec.apply(json);
        } catch (ValidationException e) {
            throw TransportException.unreadable(200, e.getMessage(), e);
        }
    }

    private static ErrorBody errorBody(ResponseBody body) {
        if (body == null) {
            return null;
        }
        try (ResponseBody closing = body) {
            return ErrorBody.fromJson(closing.string());
        } catch (IOException | ValidationException notAnErrorBody) {
            // A proxy's HTML page or a cut connection: the status alone decides.
            return null;
        }
    }

    /** {@code Retry-After} in seconds, as the server sends it; anything else is ignored. */
    private static Duration retryAfter(String header) {
        if (header == null || !header.trim().matches("[0-9]{1,9}")) {
            return null;
        }
        return Duration.ofSeconds(Long.parseLong(header.trim()));
    }
}
