package uk.graduated.app.feature.signin;

import java.io.IOException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import uk.graduated.model.sync.ErrorBody;
import uk.graduated.model.sync.PinSignInRequest;
import uk.graduated.model.sync.ProtocolVersion;
import uk.graduated.model.sync.SessionResponse;

/** PIN sign-in (protocol 5.2): exchanges a person's PIN for a staff session token, with the device token. */
public final class PinSignInClient implements SignInFlow.Server {
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final String serverUrl;
    private final String deviceToken;
    private final String appVersion;
    private final OkHttpClient http;

    public PinSignInClient(String serverUrl, String deviceToken, String appVersion) {
        this(serverUrl, deviceToken, appVersion, new OkHttpClient.Builder()
                // A person is waiting at the tablet: fall back to the offline check quickly.
                .connectTimeout(5, TimeUnit.SECONDS)
                .readTimeout(10, TimeUnit.SECONDS)
                .build());
    }

    PinSignInClient(String serverUrl, String deviceToken, String appVersion, OkHttpClient http) {
        this.serverUrl = serverUrl.endsWith("/") ? serverUrl.substring(0, serverUrl.length() - 1) : serverUrl;
        this.deviceToken = deviceToken;
        this.appVersion = appVersion;
        this.http = http;
    }

    @Override
    public SignInFlow.Answer signIn(UUID staffId, String pin) {
        Request request = new Request.Builder()
                .url(serverUrl + "/api/v1/session/pin")
                .header("Authorization", "Bearer " + deviceToken)
                .header(ProtocolVersion.HEADER, ProtocolVersion.CURRENT.toString())
                .header("User-Agent", "Graduated-Android/" + appVersion)
                .post(RequestBody.create(new PinSignInRequest(staffId, pin).toJson(), JSON))
                .build();
        try (Response response = http.newCall(request).execute()) {
            String body = text(response.body());
            if (response.isSuccessful()) {
                return SignInFlow.Answer.signedIn(SessionResponse.fromJson(body));
            }
            ErrorBody error = errorBody(body);
            return SignInFlow.Answer.refused(response.code(), error == null ? null : error.code(),
                    error == null ? null : error.message(), retryAfter(response.header("Retry-After")));
        } catch (IOException e) {
            return SignInFlow.Answer.unreachable();
        } catch (RuntimeException unreadable) {
            // A reply that is not the protocol's (a captive portal's page, say): as good as no answer.
            return SignInFlow.Answer.unreachable();
        }
    }

    private static String text(ResponseBody body) throws IOException {
        return body == null ? "" : body.string();
    }

    private static ErrorBody errorBody(String body) {
        try {
            return ErrorBody.fromJson(body);
        } catch (RuntimeException notAnErrorBody) {
            return null;
        }
    }

    private static Duration retryAfter(String header) {
        try {
            return header == null ? null : Duration.ofSeconds(Long.parseLong(header.trim()));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
