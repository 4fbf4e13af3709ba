package uk.graduated.app.data.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.graduated.model.observation.ObservationExamples.CHILD_1;
import static uk.graduated.model.observation.ObservationExamples.CHILD_2;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.After;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.annotation.Config;
import uk.graduated.app.data.db.LocalFixture;
import uk.graduated.app.data.photo.LocalPhoto;
import uk.graduated.app.data.photo.PhotoQueueEntity;
import uk.graduated.model.json.JsonText;
import uk.graduated.model.observation.Observation;
import uk.graduated.model.observation.ObservationExamples;
import uk.graduated.model.observation.ObservationJson;
import uk.graduated.model.observation.PhotoMediaType;
import uk.graduated.model.validation.ValidationException;

@RunWith(RobolectricTestRunner.class)
@Config(sdk = 35)
public class ObservationRepositoryTest {
    private final LocalFixture f = new LocalFixture();
    private final ObservationRepository observations = new ObservationRepository(f.db, f.writer, f.clock);

    @After
    public void close() {
        f.close();
    }

    private static LocalPhoto photoFile(long seed) throws IOException {
        byte[] bytes = new byte[20_000];
        new Random(seed).nextBytes(bytes);
        File file = File.createTempFile("observation", ".jpg");
        file.deleteOnExit();
        Files.write(file.toPath(), bytes);
        return LocalPhoto.fromFile(file, PhotoMediaType.JPEG, 1600, 1200);
    }

    @Test
    public void groupObservation_isStoredForEachChild_queued_andItsPhotoQueuedForUpload() throws IOException {
        LocalPhoto photo = photoFile(1);
        Observation observation = ObservationExamples.observation().photos(photo.ref()).build();

        observations.record(observation, List.of(photo));

        assertThat(observations.find(observation.id())).isEqualTo(observation);
        assertThat(observations.recentForChild(CHILD_1, 5)).extracting(o -> o.id).containsExactly(
                observation.id().toString());
        assertThat(observations.recentForChild(CHILD_2, 5)).hasSize(1);
        assertThat(observations.recentInRoom("Acorns", 5)).hasSize(1);
        assertThat(f.db.outbox().pendingOf(f.ta.staffId().toString(), 5).get(0).fieldsJson)
                .isEqualTo(JsonText.compact(ObservationJson.toJson(observation)));
        PhotoQueueEntity queued = f.db.photoQueue().find(photo.ref().sha256());
        assertThat(queued.localPath).isEqualTo(photo.localPath());
        assertThat(queued.sizeBytes).isEqualTo(20_000);
        assertThat(queued.mediaType).isEqualTo("image/jpeg");
        assertThat(queued.uploadedBytes).isZero();
        assertThat(queued.state).isEqualTo(PhotoQueueEntity.STATE_WAITING);
        assertThat(observations.photosOf(observation.id())).extracting(p -> p.sha256)
                .containsExactly(photo.ref().sha256());
        assertThat(observations.localPhotoPath(photo.ref().sha256())).isEqualTo(photo.localPath());
        assertThat(observations.localPhotoPath(ObservationExamples.OTHER_PHOTO_SHA256)).isNull();
    }

    @Test
    public void photoThatCannotBeUploaded_isListedWithItsReason() throws IOException {
        LocalPhoto photo = photoFile(3);
        observations.record(ObservationExamples.observation().photos(photo.ref()).build(), List.of(photo));

        f.db.photoQueue().fail(photo.ref().sha256(), "The photo file on this tablet could not be read.");

        assertThat(observations.failedPhotos()).extracting(p -> p.failureMessage)
                .containsExactly("The photo file on this tablet could not be read.");
    }

    @Test
    public void photoWithoutAFileOnTheTablet_isRefused_andNothingIsStored() {
        Observation observation = ObservationExamples.observation().build();

        assertThatThrownBy(() -> observations.record(observation, List.of()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get(0).field())
                        .isEqualTo("photos[0]"));
        assertThat(observations.find(observation.id())).isNull();
        assertThat(f.db.outbox().pendingCount()).isZero();
    }

    @Test
    public void samePhotoInTwoObservations_isQueuedOnce() throws IOException {
        LocalPhoto photo = photoFile(2);

        observations.record(ObservationExamples.observation().id(new UUID(3, 1)).photos(photo.ref()).build(),
                List.of(photo));
        observations.record(ObservationExamples.observation().id(new UUID(3, 2)).photos(photo.ref()).build(),
                List.of(photo));

        assertThat(f.db.photoQueue().waiting()).hasSize(1);
        assertThat(f.db.outbox().pendingCount()).isEqualTo(2);
    }
}
