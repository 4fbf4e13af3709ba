package uk.graduated.app.feature.observation;

import android.content.ActivityNotFoundException;
import android.content.Intent;
import android.graphics.Bitmap;
import android.graphics.BitmapFactory;
import android.net.Uri;
import android.os.Bundle;
import android.provider.MediaStore;
import android.view.LayoutInflater;
import android.view.View;
import android.view.ViewGroup;
import android.widget.EditText;
import android.widget.GridView;
import android.widget.ImageView;
import android.widget.TextView;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import uk.graduated.app.R;
import uk.graduated.app.core.Uuids;
import uk.graduated.app.data.observation.ObservationRepository;
import uk.graduated.app.data.photo.LocalPhoto;
import uk.graduated.app.data.pupil.PupilEntity;
import uk.graduated.app.data.pupil.PupilRepository;
import uk.graduated.app.sync.android.SyncScheduler;
import uk.graduated.app.ui.Chips;
import uk.graduated.app.ui.SignedInActivity;
import uk.graduated.model.observation.Observation;
import uk.graduated.model.validation.ValidationException;

/**
 * Screen 6: an early-years observation of one child or a group: tap the children, write what you
 * saw or take a photo, tap a goal (its area comes with it); band, characteristics and next steps are
 * optional. Saved on the tablet at once; the form then clears for the next one.
 */
public class ObservationActivity extends SignedInActivity {
    static final int TAKE_PHOTO = 7001;
    private static final String STATE_CAPTURE = "capture";
    /** 1600 pixels down to 200: enough for a 120dp thumbnail, a sixty-fourth of the memory. */
    private static final int THUMBNAIL_SAMPLE = 8;

    private ObservationForm form;
    private final ChildrenAdapter children = new ChildrenAdapter(id -> form != null && form.isChosen(id));
    private final List<LocalPhoto> photos = new ArrayList<>();
    private EyfsChips tags;
    private List<String> rooms = List.of();
    private String room;
    private File pendingCapture;
    private boolean saving;

    @Override
    protected void onCreateSignedIn(Bundle savedInstanceState) {
        setContentView(R.layout.activity_observation);
        bindAppBar(getString(R.string.observation_title));
        if (user.logsSessions()) {
            // Came from Today; a practitioner starts here and has nowhere to go back to.
            appBar.withBack();
        }
        if (savedInstanceState != null && savedInstanceState.getString(STATE_CAPTURE) != null) {
            pendingCapture = new File(savedInstanceState.getString(STATE_CAPTURE));
        }
        GridView grid = findViewById(R.id.children_grid);
        grid.setAdapter(children);
        grid.setOnItemClickListener((parent, view, position, id) -> {
            form.toggleChild(UUID.fromString(children.getItem(position).id));
            findViewById(R.id.children_error).setVisibility(View.GONE);
            children.notifyDataSetChanged();
            updateSummary();
        });
        findViewById(R.id.observation_take_photo).setOnClickListener(v -> takePhoto());
        findViewById(R.id.observation_save).setOnClickListener(v -> save());
        tags = new EyfsChips(findViewById(R.id.observation_goals), findViewById(R.id.observation_bands),
                findViewById(R.id.observation_characteristics), () -> form, this::updateSummary);
        load(() -> new PupilRepository(services.db).roomsOf(user.staffId()), found -> {
            rooms = found;
            showRooms();
            chooseRoom(found.isEmpty() ? null : found.get(0));
        });
    }

    @Override
    protected void onSaveInstanceState(Bundle outState) {
        super.onSaveInstanceState(outState);
        if (pendingCapture != null) {
            outState.putString(STATE_CAPTURE, pendingCapture.getPath());
        }
    }

    private void showRooms() {
        ViewGroup chips = findViewById(R.id.observation_rooms);
        chips.removeAllViews();
        chips.setVisibility(rooms.size() > 1 ? View.VISIBLE : View.GONE);
        for (String name : rooms) {
            TextView chip = Chips.add(chips, name);
            chip.setOnClickListener(v -> {
                discardUnsavedPhotos();
                chooseRoom(name);
            });
        }
    }

    /** A practitioner may work in two rooms: the grid shows one room's children at a time. */
    private void chooseRoom(String chosen) {
        room = chosen;
        form = new ObservationForm(user.schoolId(), user.staffId(), chosen);
        ViewGroup chips = findViewById(R.id.observation_rooms);
        for (int i = 0; i < chips.getChildCount(); i++) {
            chips.getChildAt(i).setSelected(rooms.get(i).equals(chosen));
        }
        appBar.title(chosen == null ? getString(R.string.observation_title)
                : getString(R.string.observation_title_room, chosen));
        resetInputs();
        if (chosen == null) {
            showChildren(List.of());
            return;
        }
        load(() -> new PupilRepository(services.db).inClassOn(chosen, services.clock.today()), this::showChildren);
    }

    private void showChildren(List<PupilEntity> inRoom) {
        children.show(inRoom);
        findViewById(R.id.children_grid).setVisibility(inRoom.isEmpty() ? View.GONE : View.VISIBLE);
        findViewById(R.id.children_empty).setVisibility(inRoom.isEmpty() ? View.VISIBLE : View.GONE);
        updateSummary();
    }

    private void refreshTags() {
        tags.refresh();
        updateSummary();
    }

    /** Asks the camera app to write straight into this app's private photo folder (through our own provider). */
    private void takePhoto() {
        File capture = PhotoOutputProvider.captureFile(getFilesDir(), Uuids.v7(services.clock).toString());
        File folder = capture.getParentFile();
        if (!folder.isDirectory() && !folder.mkdirs()) {
            showErrors(List.of(getString(R.string.observation_photo_failed, "no space for photos")));
            return;
        }
        Uri output = PhotoOutputProvider.uriFor(capture);
        Intent camera = new Intent(MediaStore.ACTION_IMAGE_CAPTURE)
                .putExtra(MediaStore.EXTRA_OUTPUT, output)
                .addFlags(Intent.FLAG_GRANT_WRITE_URI_PERMISSION | Intent.FLAG_GRANT_READ_URI_PERMISSION);
        try {
            pendingCapture = capture;
            startActivityForResult(camera, TAKE_PHOTO);
        } catch (ActivityNotFoundException noCamera) {
            pendingCapture = null;
            showErrors(List.of(getString(R.string.observation_no_camera)));
        }
    }

    @Override
    protected void onActivityResult(int requestCode, int resultCode, Intent data) {
        super.onActivityResult(requestCode, resultCode, data);
        if (requestCode != TAKE_PHOTO || pendingCapture == null) {
            return;
        }
        File capture = pendingCapture;
        pendingCapture = null;
        if (resultCode != RESULT_OK || capture.length() == 0) {
            capture.delete();
            return;
        }
        File stored = new File(capture.getParentFile(), Uuids.v7(services.clock) + ".jpg");
        load(() -> {
            try {
                LocalPhoto photo = PhotoScaler.scale(capture, stored);
                BitmapFactory.Options small = new BitmapFactory.Options();
                small.inSampleSize = THUMBNAIL_SAMPLE;
                return new Taken(photo, BitmapFactory.decodeFile(photo.localPath(), small));
            } finally {
                capture.delete();
            }
        }, this::addPhoto, e -> showErrors(List.of(getString(R.string.observation_photo_failed, e.getMessage()))));
    }

    /** A photo kept for the observation, with its thumbnail decoded off the main thread. */
    private record Taken(LocalPhoto photo, Bitmap thumbnail) {
    }

    private void addPhoto(Taken taken) {
        LocalPhoto photo = taken.photo();
        photos.add(photo);
        form.addPhoto(photo.ref());
        ViewGroup strip = findViewById(R.id.observation_photos);
        View thumb = LayoutInflater.from(this).inflate(R.layout.item_photo_thumb, strip, false);
        ((ImageView) thumb.findViewById(R.id.photo_image)).setImageBitmap(taken.thumbnail());
        thumb.findViewById(R.id.photo_remove).setOnClickListener(v -> {
            photos.remove(photo);
            form.removePhoto(photo.ref());
            strip.removeView(thumb);
            new File(photo.localPath()).delete();
            updateSummary();
        });
        strip.addView(thumb, strip.getChildCount() - 1);
        updateSummary();
    }

    private void updateSummary() {
        if (form == null) {
            return;
        }
        int goals = tags.goalCount();
        ((TextView) findViewById(R.id.children_heading)).setText(getResources().getQuantityString(
                R.plurals.observation_children_heading, form.childCount(), form.childCount()));
        ((TextView) findViewById(R.id.observation_summary)).setText(getString(R.string.observation_summary,
                getResources().getQuantityString(R.plurals.observation_children, form.childCount(), form.childCount()),
                getResources().getQuantityString(R.plurals.observation_photos, photos.size(), photos.size()),
                getResources().getQuantityString(R.plurals.observation_goals, goals, goals)));
    }

    private void save() {
        if (form == null || saving) {
            return;
        }
        form.setText(((EditText) findViewById(R.id.observation_text)).getText().toString());
        form.setNextSteps(((EditText) findViewById(R.id.observation_next_steps)).getText().toString());
        ObservationForm.Result result = form.save(Uuids.v7(services.clock), services.clock.now());
        if (!result.saved()) {
            findViewById(R.id.children_error).setVisibility(
                    result.errors().containsKey(ObservationForm.FIELD_CHILDREN) ? View.VISIBLE : View.GONE);
            ((TextView) findViewById(R.id.children_error)).setText(result.errors().get(ObservationForm.FIELD_CHILDREN));
            ((EditText) findViewById(R.id.observation_text)).setError(result.errors().get(ObservationForm.FIELD_TEXT));
            showErrors(new ArrayList<>(result.errors().values()));
            return;
        }
        saving = true;
        Observation observation = result.observation();
        List<LocalPhoto> saved = new ArrayList<>(photos);
        List<String> names = children.chosenNames();
        load(() -> {
            new ObservationRepository(services.db, services.writer(), services.clock).record(observation, saved);
            return observation;
        }, done -> {
            saving = false;
            SyncScheduler.syncNow(this);
            photos.clear();
            chooseRoom(room);
            TextView banner = findViewById(R.id.observation_saved);
            banner.setText(getString(R.string.observation_saved, String.join(", ", names)));
            banner.setVisibility(View.VISIBLE);
            refreshBadge();
        }, e -> {
            saving = false;
            if (e instanceof ValidationException invalid) {
                List<String> messages = new ArrayList<>();
                invalid.errors().forEach(error -> messages.add(error.message()));
                showErrors(messages);
            } else {
                problem(e);
            }
        });
    }

    @Override
    protected void onDestroy() {
        // Leaving without saving: photos taken for this observation are in no queue, so remove them.
        if (!isChangingConfigurations()) {
            discardUnsavedPhotos();
        }
        super.onDestroy();
    }

    private void discardUnsavedPhotos() {
        for (LocalPhoto photo : photos) {
            new File(photo.localPath()).delete();
        }
        photos.clear();
    }

    /** Clears what was typed and tagged, for the next observation; children chosen go too. */
    private void resetInputs() {
        ((EditText) findViewById(R.id.observation_text)).setText("");
        ((EditText) findViewById(R.id.observation_text)).setError(null);
        ((EditText) findViewById(R.id.observation_next_steps)).setText("");
        ViewGroup strip = findViewById(R.id.observation_photos);
        while (strip.getChildCount() > 1) {
            strip.removeViewAt(0);
        }
        photos.clear();
        findViewById(R.id.observation_errors).setVisibility(View.GONE);
        findViewById(R.id.children_error).setVisibility(View.GONE);
        children.notifyDataSetChanged();
        refreshTags();
    }

    private void showErrors(List<String> messages) {
        TextView banner = findViewById(R.id.observation_errors);
        banner.setText(String.join("\n", messages));
        banner.setVisibility(messages.isEmpty() ? View.GONE : View.VISIBLE);
        findViewById(R.id.observation_saved).setVisibility(View.GONE);
        findViewById(R.id.observation_scroll).scrollTo(0, 0);
    }
}
