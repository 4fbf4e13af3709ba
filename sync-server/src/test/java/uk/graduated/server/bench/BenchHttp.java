package uk.graduated.server.bench;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** Plain HTTP calls to the sync API for the server benchmarks, with the protocol's headers. */
public final class BenchHttp {
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final OkHttpClient client;
    private final String baseUrl;

    public BenchHttp(String baseUrl, int maxConnections) {
        this.baseUrl = baseUrl;
        okhttp3.Dispatcher dispatcher = new okhttp3.Dispatcher();
        dispatcher.setMaxRequests(maxConnections);
        dispatcher.setMaxRequestsPerHost(maxConnections);
        this.client = new OkHttpClient.Builder()
                .dispatcher(dispatcher)
                .connectionPool(new okhttp3.ConnectionPool(maxConnections, 1, TimeUnit.MINUTES))
                .readTimeout(10, TimeUnit.MINUTES) // a loaded shared machine is slow; the time is what is measured
                .build();
    }

    /** POSTs the JSON body with the bearer token; returns the answer's body, or throws on any status but 200. */
    public String post(String path, String token, String json) throws IOException {
        Request request = new Request.Builder().url(baseUrl + path)
                .header("Graduated-Protocol", "1")
                .header("Authorization", "Bearer " + token)
                .post(RequestBody.create(json, JSON))
                .build();
        try (Response response = client.newCall(request).execute()) {
            String body = response.body() == null ? "" : response.body().string();
            if (response.code() != 200) {
                throw new IOException("HTTP " + response.code() + " from " + path + ": " + body);
            }
            return body;
        }
    }

    public void close() {
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }
}
