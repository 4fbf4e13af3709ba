package uk.graduated.app.feature.enrol;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import android.graphics.Bitmap;
import android.graphics.BitmapFactory;
import android.view.View;
import android.widget.EditText;
import android.widget.TextView;

import java.io.File;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.Robolectric;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.android.controller.ActivityController;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.GraphicsMode;

import uk.graduated.app.R;
import uk.graduated.app.testing.Screenshots;

@RunWith(RobolectricTestRunner.class)
@GraphicsMode(GraphicsMode.Mode.NATIVE)
@Config(sdk = 35, qualifiers = "w1280dp-h800dp-land-mdpi")
public class EnrolActivityTest {

    private EnrolActivity launch() {
        ActivityController<EnrolActivity> controller = Robolectric.buildActivity(EnrolActivity.class).setup();
        return controller.get();
    }

    @Test
    public void launcherScreen_rendersAtTabletSize_intoPng() throws Exception {
        EnrolActivity activity = launch();

        File png = Screenshots.capture(activity, "01-enrol");

        byte[] bytes = java.nio.file.Files.readAllBytes(png.toPath());
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
        ((EditText) activity.findViewById(R.id.server_address)).setText("http://graduated.example.org");
        ((EditText) activity.findViewById(R.id.enrolment_code)).setText("ABCD-2345");
        ((EditText) activity.findViewById(R.id.device_name)).setText("Nursery room tablet");

        activity.findViewById(R.id.enrol_button).performClick();

        EditText server = activity.findViewById(R.id.server_address);
        assertTrue(server.getError().toString().contains("https://"));
        assertNull(((EditText) activity.findViewById(R.id.enrolment_code)).getError());
    }
}
