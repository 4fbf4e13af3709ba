package uk.graduated.app.feature.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.robolectric.Shadows.shadowOf;
import static uk.graduated.app.ui.SchoolFixture.ADEYEMI;

import android.app.Activity;
import android.graphics.Bitmap;
import android.graphics.BitmapFactory;
import android.graphics.Canvas;
import android.graphics.Color;
import android.graphics.Paint;
import android.net.Uri;
import android.provider.MediaStore;
import android.widget.EditText;
import android.widget.GridView;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.OutputStream;
import java.util.List;
import java.util.UUID;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.Robolectric;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.GraphicsMode;
import org.robolectric.shadows.ShadowActivity;

import uk.graduated.app.R;
import uk.graduated.app.core.Sha256;
import uk.graduated.app.data.observation.ObservationEntity;
import uk.graduated.app.data.observation.ObservationRepository;
import uk.graduated.app.data.outbox.OutboxEntry;
import uk.graduated.app.data.photo.PhotoQueueEntity;
import uk.graduated.app.data.pupil.PupilEntity;
import uk.graduated.app.testing.Screenshots;
import uk.graduated.app.testing.Taps;
import uk.graduated.app.testing.Views;
import uk.graduated.app.ui.SchoolFixture;
import uk.graduated.model.eyfs.AreaOfLearning;
import uk.graduated.model.eyfs.EarlyLearningGoal;
import uk.graduated.model.observation.Observation;

/** A nursery practitioner records a group observation with a photo, through the real Activity and camera intent. */
@RunWith(RobolectricTestRunner.class)
@GraphicsMode(GraphicsMode.Mode.NATIVE)
@Config(sdk = 35, qualifiers = "w1280dp-h800dp-land-mdpi")
public class ObservationFlowTest {
    /** Two children, take photo, a goal, save: well within the budget of eight. */
    private static final int TAP_BUDGET = 8;

    private SchoolFixture school;

    @Before
    public void signInThePractitioner() {
        school = SchoolFixture.install();
        school.signIn(ADEYEMI);
        Robolectric.setupContentProvider(PhotoOutputProvider.class, PhotoOutputProvider.AUTHORITY);
    }

    @After
    public void close() {
        school.close();
    }

    @Test
    public void aGroupObservationWithAPhoto_takesFiveTaps_andIsSavedQueuedAndItsPhotoQueued() throws Exception {
        Taps taps = new Taps();
        ObservationActivity screen = Robolectric.buildActivity(ObservationActivity.class).setup().get();
        GridView children = screen.findViewById(R.id.children_grid);
        assertThat(children.getAdapter().getCount()).isEqualTo(30);

        PupilEntity grace = (PupilEntity) children.getAdapter().getItem(0);
        PupilEntity yusuf = (PupilEntity) children.getAdapter().getItem(1);
        taps.onItem(children, 0);
        taps.onItem(children, 1);
        ((EditText) screen.findViewById(R.id.observation_text))
                .setText("Grace and Yusuf filled the jugs at the water tray and counted the cups aloud to five.");
        taps.on(screen.findViewById(R.id.observation_take_photo));
        cameraTakesAPhoto(screen);
        taps.on(Views.withText(screen.findViewById(R.id.observation_goals), EarlyLearningGoal.NUMBER.displayName()));
        Screenshots.document(screen, "app-12-observation");
        taps.on(screen.findViewById(R.id.observation_save));

        assertThat(taps.count()).isLessThanOrEqualTo(TAP_BUDGET);
        ObservationRepository observations = new ObservationRepository(school.db, school.services.writer(), school.clock);
        List<ObservationEntity> inRoom = observations.recentInRoom(SchoolFixture.NURSERY_ROOM, 5);
        assertThat(inRoom).hasSize(1);
        Observation saved = observations.find(UUID.fromString(inRoom.get(0).id));
        assertThat(saved.childIds()).containsExactly(UUID.fromString(grace.id), UUID.fromString(yusuf.id));
        assertThat(saved.goals()).containsExactly(EarlyLearningGoal.NUMBER);
        assertThat(saved.areas()).containsExactly(AreaOfLearning.MATHEMATICS);
        assertThat(saved.observedBy()).isEqualTo(ADEYEMI);
        assertThat(saved.photos()).hasSize(1);

        List<OutboxEntry> queued = school.db.outbox().pendingOf(ADEYEMI.toString(), 10);
        assertThat(queued).singleElement().satisfies(entry -> {
            assertThat(entry.entityType).isEqualTo("observation");
            assertThat(entry.entityId).isEqualTo(saved.id().toString());
        });
        List<PhotoQueueEntity> photos = school.db.photoQueue().waiting();
        assertThat(photos).singleElement().satisfies(photo -> {
            File file = new File(photo.localPath);
            assertThat(file).exists();
            assertThat(photo.sha256).isEqualTo(saved.photos().get(0).sha256()).isEqualTo(Sha256.of(file));
            BitmapFactory.Options bounds = new BitmapFactory.Options();
            bounds.inJustDecodeBounds = true;
            BitmapFactory.decodeFile(file.getPath(), bounds);
            assertThat(Math.max(bounds.outWidth, bounds.outHeight)).isEqualTo(PhotoSize.LONG_EDGE);
        });
        assertThat(new File(screen.getFilesDir(), "photos").listFiles()).hasSize(1);
        assertThat(Views.shownText(screen.getWindow().getDecorView())).contains("Saved: observation of Grace Adebayo, Yusuf Ali");
    }

    @Test
    public void savingWithNothingChosen_saysWhatIsMissing() throws Exception {
        ObservationActivity screen = Robolectric.buildActivity(ObservationActivity.class).setup().get();

        screen.findViewById(R.id.observation_save).performClick();

        assertThat(Views.shownText(screen.getWindow().getDecorView()))
                .contains("Choose the child or children you observed.", "Write what you saw, or add a photo.");
        assertThat(school.db.outbox().pendingCount()).isZero();
        Screenshots.document(screen, "app-13-observation-errors");
    }

    /** The camera app writes a real JPEG (2400 x 1800, as a tablet camera's photo scaled down) to the URI it was given. */
    private static void cameraTakesAPhoto(Activity screen) throws Exception {
        ShadowActivity.IntentForResult request = shadowOf(screen).getNextStartedActivityForResult();
        assertThat(request.intent.getAction()).isEqualTo(MediaStore.ACTION_IMAGE_CAPTURE);
        Uri output = request.intent.getParcelableExtra(MediaStore.EXTRA_OUTPUT, Uri.class);
        assertThat(output.getScheme()).isEqualTo("content");
        try (OutputStream out = screen.getContentResolver().openOutputStream(output)) {
            out.write(waterTrayPhoto());
        }
        shadowOf(screen).receiveResult(request.intent, Activity.RESULT_OK, null);
    }

    private static byte[] waterTrayPhoto() {
        Bitmap photo = Bitmap.createBitmap(2400, 1800, Bitmap.Config.ARGB_8888);
        Canvas canvas = new Canvas(photo);
        canvas.drawColor(Color.rgb(196, 224, 240));
        Paint paint = new Paint(Paint.ANTI_ALIAS_FLAG);
        paint.setColor(Color.rgb(40, 120, 200));
        canvas.drawRect(300, 900, 2100, 1600, paint);
        paint.setColor(Color.rgb(240, 170, 40));
        for (int cup = 0; cup < 5; cup++) {
            canvas.drawCircle(500 + cup * 340, 700, 120, paint);
        }
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        photo.compress(Bitmap.CompressFormat.JPEG, 90, jpeg);
        return jpeg.toByteArray();
    }
}
