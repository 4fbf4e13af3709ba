package uk.graduated.server;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** A real HTTP client for tests, reading every answer as JSON. */
public final class Http {
    /** No idle keep-alive connections: a server stopping gracefully would wait for them to go quiet. */
    private static final OkHttpClient CLIENT = new OkHttpClient.Builder()
            .connectionPool(new ConnectionPool(0, 1, TimeUnit.SECONDS))
            .build();
    private static final MediaType JSON = MediaType.get("application/json");

    /** One answer: status, headers and the parsed JSON body. */
    public record Reply(int status, Headers headers, JsonObject json, String body) {
        public String header(String name) {
            return headers.get(name);
        }
    }

    private final String baseUrl;

    public Http(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public Reply get(String path) {
        return get(path, Map.of());
    }

    public Reply get(String path, Map<String, String> headers) {
        return send(new Request.Builder().url(baseUrl + path).headers(Headers.of(headers)).get().build());
    }

    public Reply post(String path, String jsonBody) {
        return send(new Request.Builder().url(baseUrl + path).post(RequestBody.create(jsonBody, JSON)).build());
    }

    private static Reply send(Request request) {
        try (Response response = CLIENT.newCall(request).execute()) {
            String body = response.body() == null ? "" : response.body().string();
            return new Reply(response.code(), response.headers(), JsonParser.parseString(body).getAsJsonObject(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
