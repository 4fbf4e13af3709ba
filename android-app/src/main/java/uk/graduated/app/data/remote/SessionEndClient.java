package uk.graduated.app.data.remote;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import uk.graduated.app.data.device.StaffSignOut;
import uk.graduated.model.sync.ProtocolVersion;

/** Sign-out at the server: {@code POST /api/v1/session/end} with the person's session token (204). */
public final class SessionEndClient implements StaffSignOut.Server {
    private final Supplier<String> serverUrl;
    private final OkHttpClient http = new OkHttpClient.Builder()
            .connectTimeout(5, TimeUnit.SECONDS)
            .readTimeout(10, TimeUnit.SECONDS)
            .build();

    /** @param serverUrl read at each sign-out, so a tablet enrolled again uses its new server */
    public SessionEndClient(Supplier<String> serverUrl) {
        this.serverUrl = serverUrl;
    }

    @Override
    public StaffSignOut.Ending end(String sessionToken) {
        String base = serverUrl.get();
        if (base == null) {
            return StaffSignOut.Ending.UNREACHABLE;
        }
        Request request = new Request.Builder()
                .url((base.endsWith("/") ? base : base + "/") + "api/v1/session/end")
                .header("Authorization", "Bearer " + sessionToken)
                .header(ProtocolVersion.HEADER, ProtocolVersion.CURRENT.toString())
                .post(RequestBody.create(new byte[0]))
                .build();
        try (Response response = http.newCall(request).execute()) {
            if (response.isSuccessful()) {
                return StaffSignOut.Ending.ENDED;
            }
            return response.code() == 401 || response.code() == 403
                    ? StaffSignOut.Ending.ALREADY_OVER : StaffSignOut.Ending.UNREACHABLE;
        } catch (IOException e) {
            return StaffSignOut.Ending.UNREACHABLE;
        }
    }
}
