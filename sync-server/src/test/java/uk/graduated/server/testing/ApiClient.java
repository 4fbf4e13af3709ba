package uk.graduated.server.testing;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * A real HTTP client for the {@code /api/} routes: sends the protocol header and, when given, a
 * bearer token; reads JSON answers (an empty body, as of a 204, reads as no JSON).
 */
public final class ApiClient {
    private static final OkHttpClient CLIENT = new OkHttpClient.Builder()
            .connectionPool(new ConnectionPool(0, 1, TimeUnit.SECONDS))
            .build();
    private static final MediaType JSON = MediaType.get("application/json");

    /** One answer; {@code json} is null when the body was empty. */
    public record Reply(int status, Headers headers, JsonObject json, String body) {
        public String header(String name) {
            return headers.get(name);
        }

        /** {@code error.code} of an error body. */
        public String errorCode() {
            return json.getAsJsonObject("error").get("code").getAsString();
        }
    }

    private final String baseUrl;
    private final String token;
    private final String protocolVersion;

    public ApiClient(String baseUrl) {
        this(baseUrl, null, "1");
    }

    private ApiClient(String baseUrl, String token, String protocolVersion) {
        this.baseUrl = baseUrl;
        this.token = token;
        this.protocolVersion = protocolVersion;
    }

    /** The same client sending {@code Authorization: Bearer <token>}. */
    public ApiClient withToken(String bearerToken) {
        return new ApiClient(baseUrl, bearerToken, protocolVersion);
    }

    /** The same client sending this {@code Graduated-Protocol} value, or none when null. */
    public ApiClient withProtocolVersion(String version) {
        return new ApiClient(baseUrl, token, version);
    }

    public Reply get(String path) {
        return send(request(path).get());
    }

    public Reply post(String path, String jsonBody) {
        return send(request(path).post(RequestBody.create(jsonBody, JSON)));
    }

    public Reply patch(String path, String jsonBody) {
        return send(request(path).patch(RequestBody.create(jsonBody, JSON)));
    }

    /** A POST with a body of another content type, e.g. to see it refused. */
    public Reply post(String path, String body, String contentType) {
        return send(request(path).post(RequestBody.create(body, MediaType.get(contentType))));
    }

    private Request.Builder request(String path) {
        Request.Builder builder = new Request.Builder().url(baseUrl + path);
        if (protocolVersion != null) {
            builder.header("Graduated-Protocol", protocolVersion);
        }
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private static Reply send(Request.Builder request) {
        try (Response response = CLIENT.newCall(request.build()).execute()) {
            String body = response.body() == null ? "" : response.body().string();
            JsonObject json = body.isBlank() ? null : JsonParser.parseString(body).getAsJsonObject();
            return new Reply(response.code(), response.headers(), json, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
