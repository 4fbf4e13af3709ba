package uk.graduated.app.sync.android;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Random;
import org.junit.After;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.annotation.Config;
import uk.graduated.app.core.Sha256;
import uk.graduated.app.data.db.LocalFixture;
import uk.graduated.app.data.photo.PhotoQueueEntity;
import uk.graduated.app.sync.engine.QueuedPhoto;

@RunWith(RobolectricTestRunner.class)
@Config(sdk = 35)
public class RoomPhotoQueueTest {
    private final LocalFixture f = new LocalFixture();
    private final RoomPhotoQueue queue = new RoomPhotoQueue(f.db);
    private final byte[] bytes = new byte[3000];
    private File file;

    @After
    public void close() {
        f.close();
    }

    private QueuedPhoto queued() throws IOException {
        new Random(5).nextBytes(bytes);
        file = File.createTempFile("photo", ".jpg");
        file.deleteOnExit();
        Files.write(file.toPath(), bytes);
        PhotoQueueEntity row = new PhotoQueueEntity();
        row.sha256 = Sha256.of(bytes);
        row.localPath = file.getAbsolutePath();
        row.sizeBytes = bytes.length;
        row.mediaType = "image/jpeg";
        f.db.photoQueue().enqueue(row);
        return queue.waiting().get(0);
    }

    @Test
    public void chunksAreReadFromTheOffset_upToTheEnd() throws IOException {
        QueuedPhoto photo = queued();

        assertThat(queue.read(photo, 0, 1000)).isEqualTo(Arrays.copyOfRange(bytes, 0, 1000));
        assertThat(queue.read(photo, 2500, 1000)).isEqualTo(Arrays.copyOfRange(bytes, 2500, 3000));
        assertThat(queue.intact(photo)).isTrue();
    }

    @Test
    public void changedFile_isNotIntact_andCannotBeRead() throws IOException {
        QueuedPhoto photo = queued();
        Files.write(file.toPath(), new byte[10]);

        assertThat(queue.intact(photo)).isFalse();
        assertThatThrownBy(() -> queue.read(photo, 0, 100)).isInstanceOf(IOException.class);
    }

    @Test
    public void progressIsKept_andCompleteOrFailedPhotosLeaveTheQueue() throws IOException {
        QueuedPhoto photo = queued();

        queue.progress(photo.sha256(), 1024);
        assertThat(queue.waiting().get(0).uploadedBytes()).isEqualTo(1024);

        queue.completed(photo.sha256());
        assertThat(queue.waiting()).isEmpty();
        assertThat(f.db.photoQueue().find(photo.sha256()).uploadedBytes).isEqualTo(3000);

        queue.failed(photo.sha256(), "The photo file is gone.");
        assertThat(f.db.photoQueue().failed()).extracting(p -> p.failureMessage).containsExactly("The photo file is gone.");
    }
}
