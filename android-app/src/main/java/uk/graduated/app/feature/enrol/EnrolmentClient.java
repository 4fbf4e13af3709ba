package uk.graduated.app.feature.enrol;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import uk.graduated.model.sync.ProtocolVersion;

/** Exchanges an enrolment code for this tablet's device identity (POST /api/v1/enrol). */
public final class EnrolmentClient {
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    static final String CODE_NOT_ACCEPTED = "The server did not accept this code. It may be mistyped, already used"
            + " (each code works once) or expired. Ask your SENCO or school admin for a new code.";

    private final OkHttpClient http;

    public EnrolmentClient() {
        this(new OkHttpClient.Builder()
                .connectTimeout(10, TimeUnit.SECONDS)
                .readTimeout(20, TimeUnit.SECONDS)
                .build());
    }

    public EnrolmentClient(OkHttpClient http) {
        this.http = http;
    }

    /** The outcome a person sees: either the school this tablet now belongs to, or why not. */
    public static final class Result {
        public final boolean enrolled;
        public final String schoolName;
        public final String deviceId;
        public final String deviceToken;
        public final String message;
        public final String field;

        private Result(boolean enrolled, String schoolName, String deviceId, String deviceToken, String message, String field) {
            this.enrolled = enrolled;
            this.schoolName = schoolName;
            this.deviceId = deviceId;
            this.deviceToken = deviceToken;
            this.message = message;
            this.field = field;
        }

        static Result failed(String message, String field) {
            return new Result(false, null, null, null, message, field);
        }
    }

    public Result enrol(EnrolForm form, String appVersion) {
        JsonObject body = new JsonObject();
        body.addProperty("enrolmentCode", form.enrolmentCode());
        body.addProperty("deviceName", form.deviceName());
        body.addProperty("platform", "android");
        body.addProperty("appVersion", appVersion);
        Request request = new Request.Builder()
                .url(form.serverAddress() + "/api/v1/enrol")
                .header(ProtocolVersion.HEADER, ProtocolVersion.CURRENT.toString())
                .header("User-Agent", "Graduated-Android/" + appVersion)
                .post(RequestBody.create(body.toString(), JSON))
                .build();
        try (Response response = http.newCall(request).execute()) {
            JsonObject json = parse(response.body());
            if (response.isSuccessful() && json != null && json.has("deviceToken")) {
                return new Result(true, string(json, "schoolName"), string(json, "deviceId"),
                        string(json, "deviceToken"), null, null);
            }
            return failure(response.code(), json, response.header("Retry-After"));
        } catch (IOException e) {
            return Result.failed("Cannot reach the server at " + form.serverAddress()
                    + ". Check the address and this tablet's Wi-Fi, then try again.", EnrolForm.FIELD_SERVER);
        }
    }

    private static Result failure(int status, JsonObject json, String retryAfter) {
        JsonObject error = json != null && json.has("error") && json.get("error").isJsonObject()
                ? json.getAsJsonObject("error") : null;
        String code = error == null ? "" : String.valueOf(string(error, "code"));
        String serverMessage = error == null ? null : string(error, "message");
        String field = error == null ? null : string(error, "field");
        if (code.equals("enrolment_code_invalid")) {
            // The server does not say which of the three it is, so neither can the tablet.
            return Result.failed(CODE_NOT_ACCEPTED, EnrolForm.FIELD_CODE);
        }
        if (code.equals("rate_limited")) {
            return Result.failed(tooManyTries(retryAfter), EnrolForm.FIELD_CODE);
        }
        if (serverMessage != null) {
            return Result.failed(serverMessage, field);
        }
        if (status == 404) {
            return Result.failed("This address does not answer like a Graduated server. Check the address.", EnrolForm.FIELD_SERVER);
        }
        return Result.failed("The server could not enrol this tablet (HTTP " + status + "). Try again in a minute.", null);
    }

    private static String tooManyTries(String retryAfter) {
        long minutes = 15;
        try {
            minutes = retryAfter == null ? minutes : Math.max(1, (Long.parseLong(retryAfter.trim()) + 59) / 60);
        } catch (NumberFormatException unreadable) {
            // Keep the protocol's usual wait.
        }
        return "Too many enrolment attempts from this network. Wait " + minutes + (minutes == 1 ? " minute" : " minutes")
                + ", then try again with a new code.";
    }

    private static JsonObject parse(ResponseBody body) throws IOException {
        if (body == null) {
            return null;
        }
        try {
            JsonElement element = JsonParser.parseString(body.string());
            return element.isJsonObject() ? element.getAsJsonObject() : null;
        } catch (RuntimeException notJson) {
            return null;
        }
    }

    private static String string(JsonObject o, String name) {
        JsonElement e = o.get(name);
        return e == null || e.isJsonNull() || !e.isJsonPrimitive() ? null : e.getAsString();
    }
}
