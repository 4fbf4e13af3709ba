package uk.graduated.server.proof;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import okhttp3.ConnectionPool;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import uk.graduated.model.sync.Mutation;
import uk.graduated.model.sync.MutationOutcome;
import uk.graduated.model.sync.ProtocolVersion;
import uk.graduated.model.sync.PushRequest;
import uk.graduated.model.sync.PushResponse;

/**
 * A tablet's outbox as protocol.md section 6 has it: changes wait in the order they were made, a push
 * sends them all, and only those the server answered leave. The client never retries on its own, so
 * a cut connection or a killed server is seen as it is: the change stays and is sent again later.
 */
public final class OutboxTablet {
    private static final MediaType JSON = MediaType.get("application/json");

    private final OkHttpClient client = new OkHttpClient.Builder()
            .retryOnConnectionFailure(false)
            .connectionPool(new ConnectionPool(0, 1, TimeUnit.SECONDS))
            .connectTimeout(Duration.ofSeconds(5)).readTimeout(Duration.ofSeconds(15)).build();
    private final UUID deviceId;
    private final String token;
    private final List<Mutation> outbox = new ArrayList<>();
    private final Set<UUID> acknowledged = new LinkedHashSet<>();
    /** Every change saved: mutation id to the id of the record it writes. */
    private final Map<UUID, UUID> saved = new LinkedHashMap<>();
    private int failedPushes;

    public OutboxTablet(UUID deviceId, String token) {
        this.deviceId = deviceId;
        this.token = token;
    }

    /** Saves a change locally, as the app does before any network. */
    public synchronized void save(Function<UUID, Mutation> change) {
        Mutation mutation = change.apply(deviceId);
        outbox.add(mutation);
        saved.put(mutation.mutationId(), mutation.entityId());
    }

    /** Pushes every waiting change; true when the server answered (200) and they left the outbox. */
    public boolean push(String baseUrl) {
        List<Mutation> batch;
        synchronized (this) {
            if (outbox.isEmpty()) {
                return true;
            }
            batch = List.copyOf(outbox);
        }
        String body = new PushRequest(ProtocolVersion.CURRENT.value(), deviceId, batch).toJson();
        Request request = new Request.Builder().url(baseUrl + "/api/v1/sync/push")
                .header("Graduated-Protocol", "1").header("Authorization", "Bearer " + token)
                .post(RequestBody.create(body, JSON)).build();
        try (Response response = client.newCall(request).execute()) {
            String text = response.body() == null ? "" : response.body().string();
            if (response.code() != 200) {
                failedPushes++;
                return false;
            }
            synchronized (this) {
                for (MutationOutcome outcome : PushResponse.fromJson(text).outcomes()) {
                    if (!(outcome instanceof MutationOutcome.Applied)) {
                        throw new AssertionError("not applied: " + outcome.toJsonObject());
                    }
                    acknowledged.add(outcome.mutationId());
                    outbox.removeIf(m -> m.mutationId().equals(outcome.mutationId()));
                }
            }
            return true;
        } catch (IOException e) {
            synchronized (this) {
                failedPushes++;
            }
            return false;
        }
    }

    public synchronized Set<UUID> acknowledged() {
        return Set.copyOf(acknowledged);
    }

    public synchronized Map<UUID, UUID> saved() {
        return Map.copyOf(saved);
    }

    public synchronized int waiting() {
        return outbox.size();
    }

    public synchronized int failedPushes() {
        return failedPushes;
    }
}
