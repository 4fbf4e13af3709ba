package uk.graduated.app.data.remote;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import uk.graduated.app.sync.engine.SyncScope;

/** Adds the bearer token of the request's scope: the device token, or the person's session token. */
final class AuthInterceptor implements Interceptor {
    private final TokenSource tokens;

    AuthInterceptor(TokenSource tokens) {
        this.tokens = tokens;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        SyncScope scope = request.tag(SyncScope.class);
        String token = scope == null ? null : tokens.tokenFor(scope);
        if (token == null) {
            // The server answers 401, which the engine turns into "sign in" or "enrol again".
            return chain.proceed(request);
        }
        return chain.proceed(request.newBuilder().header("Authorization", "Bearer " + token).build());
    }
}
