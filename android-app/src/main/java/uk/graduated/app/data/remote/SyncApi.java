package uk.graduated.app.data.remote;

import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.Header;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Tag;
import uk.graduated.app.sync.engine.SyncScope;

/**
 * The sync endpoints, with raw bodies: the shared-model codecs read and write them, so the app
 * and the server parse with the same code. The scope tag tells {@link AuthInterceptor} which token
 * to send.
 */
interface SyncApi {
    @POST("api/v1/sync/push")
    Call<ResponseBody> push(@Body RequestBody body, @Tag SyncScope scope);

    @POST("api/v1/sync/pull")
    Call<ResponseBody> pull(@Body RequestBody body, @Tag SyncScope scope);

    @PUT("api/v1/photos/{sha256}")
    Call<ResponseBody> putPhoto(@Path("sha256") String sha256, @Header("Content-Range") String contentRange,
                                @Body RequestBody bytes, @Tag SyncScope scope);
}
