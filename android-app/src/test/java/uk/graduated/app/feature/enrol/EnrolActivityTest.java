package uk.graduated.app.feature.enrol;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.robolectric.Shadows.shadowOf;

import android.graphics.Bitmap;
import android.graphics.BitmapFactory;
import android.view.View;
import android.widget.EditText;
import android.widget.TextView;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.UUID;

import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.Robolectric;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.RuntimeEnvironment;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.GraphicsMode;

import uk.graduated.app.R;
import uk.graduated.app.core.FakeClock;
import uk.graduated.app.core.Tasks;
import uk.graduated.app.data.db.AppDatabase;
import uk.graduated.app.data.db.TestDatabase;
import uk.graduated.app.feature.signin.SignInActivity;
import uk.graduated.app.testing.Screenshots;
import uk.graduated.app.ui.Services;
import uk.graduated.model.sync.EnrolResponse;
import uk.graduated.model.sync.ErrorBody;
import uk.graduated.model.sync.ErrorCode;

@RunWith(RobolectricTestRunner.class)
@GraphicsMode(GraphicsMode.Mode.NATIVE)
@Config(sdk = 35, qualifiers = "w1280dp-h800dp-land-mdpi")
public class EnrolActivityTest {
    private static final UUID DEVICE_ID = UUID.fromString("01a207a4-49a8-70c5-a6a3-a4506513270e");
    private static final String TOKEN = "gdv1.PJeLIV7qmnmglBCbA-jWeEKNOzH-t3iK1ox5ZaPcJjs";

    private final MockWebServer server = new MockWebServer();
    private AppDatabase db;
    private Services services;

    @Before
    public void newTablet() {
        db = TestDatabase.inMemory();
        services = new Services(RuntimeEnvironment.getApplication(), db, FakeClock.at("2028-01-17T08:00:00Z"),
                new Tasks(Runnable::run, Runnable::run));
        Services.install(services);
    }

    @After
    public void close() throws IOException {
        server.shutdown();
        Services.install(null);
        db.close();
    }

    private EnrolActivity launch() {
        return Robolectric.buildActivity(EnrolActivity.class).setup().get();
    }

    @Test
    public void launcherScreen_rendersAtTabletSize_intoPng() throws Exception {
        EnrolActivity activity = launch();

        File png = Screenshots.document(activity, "app-01-enrol");

        byte[] bytes = Files.readAllBytes(png.toPath());
        Bitmap image = BitmapFactory.decodeByteArray(bytes, 0, bytes.length);
        assertEquals(1280, image.getWidth());
        assertEquals(800, image.getHeight());
        // The app bar is drawn in the brand colour: the PNG holds the real rendering, not a blank window.
        assertEquals(activity.getColor(R.color.brand), image.getPixel(640, 20));
    }

    @Test
    public void enrol_withEmptyForm_showsWhatIsMissingOnEachField() {
        EnrolActivity activity = launch();

        activity.findViewById(R.id.enrol_button).performClick();

        EditText server = activity.findViewById(R.id.server_address);
        EditText code = activity.findViewById(R.id.enrolment_code);
        EditText name = activity.findViewById(R.id.device_name);
        TextView error = activity.findViewById(R.id.enrol_error);
        assertNotNull(server.getError());
        assertNotNull(code.getError());
        assertNotNull(name.getError());
        assertEquals(View.VISIBLE, error.getVisibility());
        assertTrue(error.getText().toString().contains("server address"));
    }

    @Test
    public void enrol_withPlainHttpToARemoteHost_refusesBeforeSendingAnything() {
        EnrolActivity activity = launch();
        fill(activity, "http://graduated.example.org");

        activity.findViewById(R.id.enrol_button).performClick();

        EditText server = activity.findViewById(R.id.server_address);
        assertTrue(server.getError().toString().contains("https://"));
        assertNull(((EditText) activity.findViewById(R.id.enrolment_code)).getError());
    }

    @Test
    public void enrol_accepted_storesTheEnrolment_andGoesToWhoIsUsingTheTablet() throws Exception {
        server.enqueue(new MockResponse().setHeader("Content-Type", "application/json")
                .setBody(new EnrolResponse(DEVICE_ID, TOKEN, UUID.randomUUID(), "Larkfield Primary School").toJson()));
        server.start();
        EnrolActivity activity = launch();
        fill(activity, server.url("/").toString());

        activity.findViewById(R.id.enrol_button).performClick();

        assertTrue(services.credentials.isEnrolled());
        assertEquals(DEVICE_ID, services.credentials.deviceId());
        assertEquals(SignInActivity.class.getName(), shadowOf(activity).getNextStartedActivity().getComponent().getClassName());
        RecordedRequest request = server.takeRequest();
        assertEquals("1", request.getHeader("Graduated-Protocol"));
        assertTrue(request.getBody().readUtf8().contains("\"enrolmentCode\":\"ABCD2345\""));
    }

    @Test
    public void enrol_withACodeTheServerRefuses_saysItMayBeWrongUsedOrExpired() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(401).setHeader("Content-Type", "application/json")
                .setBody(ErrorBody.of(ErrorCode.ENROLMENT_CODE_INVALID, "req-1").toJson()));
        server.start();
        EnrolActivity activity = launch();
        fill(activity, server.url("/").toString());

        activity.findViewById(R.id.enrol_button).performClick();

        String shown = ((TextView) activity.findViewById(R.id.enrol_error)).getText().toString();
        assertTrue(shown, shown.contains("mistyped, already used") && shown.contains("expired") && shown.contains("new code"));
        assertNotNull(((EditText) activity.findViewById(R.id.enrolment_code)).getError());
        assertFalse(services.credentials.isEnrolled());
        Screenshots.document(activity, "app-17-enrol-code-refused");
    }

    @Test
    public void enrol_withTheServerUnreachable_saysToCheckTheAddressAndWifi() {
        EnrolActivity activity = launch();
        fill(activity, "http://127.0.0.1:9");

        activity.findViewById(R.id.enrol_button).performClick();

        String shown = ((TextView) activity.findViewById(R.id.enrol_error)).getText().toString();
        assertTrue(shown, shown.contains("Cannot reach the server"));
        assertFalse(services.credentials.isEnrolled());
    }

    private static void fill(EnrolActivity activity, String server) {
        ((EditText) activity.findViewById(R.id.server_address)).setText(server);
        ((EditText) activity.findViewById(R.id.enrolment_code)).setText("ABCD-2345");
        ((EditText) activity.findViewById(R.id.device_name)).setText("Nursery room tablet");
    }
}
