package uk.graduated.server.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.ConnectionPool;
import okhttp3.FormBody;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import uk.graduated.server.testing.TestAccounts;

/**
 * A browser-like HTTP client for console tests: keeps the console's cookies, follows no redirect (so
 * tests see them), and signs in through the sign-in form with its token.
 */
public final class ConsoleHttp {
    private static final OkHttpClient CLIENT = new OkHttpClient.Builder()
            .connectionPool(new ConnectionPool(0, 1, TimeUnit.SECONDS))
            .followRedirects(false)
            .build();
    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    /** One answer: status, headers (every Set-Cookie included) and the HTML. */
    public record Reply(int status, Headers headers, String body) {
        public String header(String name) {
            return headers.get(name);
        }

        public List<String> cookiesSet() {
            return headers.values("Set-Cookie");
        }

        /** The form token in the page, as a browser would send it back. */
        public String formToken() {
            Matcher m = FORM_TOKEN.matcher(body);
            if (!m.find()) {
                throw new AssertionError("no form token in the page");
            }
            return m.group(1);
        }
    }

    private final String baseUrl;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final Map<String, String> extraHeaders = new LinkedHashMap<>();

    public ConsoleHttp(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** Sends this header with every request, e.g. {@code X-Forwarded-Proto: https}. */
    public ConsoleHttp withHeader(String name, String value) {
        extraHeaders.put(name, value);
        return this;
    }

    public Reply get(String path) {
        return send(request(path).get().build());
    }

    public Reply post(String path, Map<String, String> form) {
        FormBody.Builder body = new FormBody.Builder();
        form.forEach(body::add);
        return send(request(path).post(body.build()).build());
    }

    /** A form with a file, as a browser sends {@code enctype="multipart/form-data"}. */
    public Reply postFile(String path, Map<String, String> fields, String fileField, String fileName, byte[] content) {
        MultipartBody.Builder body = new MultipartBody.Builder().setType(MultipartBody.FORM);
        fields.forEach(body::addFormDataPart);
        body.addFormDataPart(fileField, fileName, RequestBody.create(content, MediaType.get("text/csv")));
        return send(request(path).post(body.build()).build());
    }

    /** The sign-in form, filled in and sent as a browser would. */
    public Reply signIn(String email, String password) {
        Reply page = get("/console/sign-in");
        return post("/console/sign-in", Map.of("csrf", page.formToken(), "email", email, "password", password));
    }

    public Reply signIn(TestAccounts.Person person) {
        return signIn(person.email(), person.password());
    }

    public String cookie(String name) {
        return cookies.get(name);
    }

    private Request.Builder request(String path) {
        Request.Builder builder = new Request.Builder().url(baseUrl + path);
        extraHeaders.forEach(builder::header);
        if (!cookies.isEmpty()) {
            StringBuilder header = new StringBuilder();
            cookies.forEach((name, value) -> header.append(header.length() == 0 ? "" : "; ").append(name).append('=')
                    .append(value));
            builder.header("Cookie", header.toString());
        }
        return builder;
    }

    private Reply send(Request request) {
        try (Response response = CLIENT.newCall(request).execute()) {
            Reply reply = new Reply(response.code(), response.headers(), response.body() == null ? "" : response.body().string());
            for (String setCookie : reply.cookiesSet()) {
                String pair = setCookie.split(";", 2)[0];
                String name = pair.substring(0, pair.indexOf('='));
                String value = pair.substring(pair.indexOf('=') + 1);
                if (value.isEmpty() || setCookie.contains("Max-Age=0")) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, value);
                }
            }
            return reply;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
