package uk.graduated.app.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.Test;

public class SyncEnginePhotoTest {
    private final EngineHarness h = new EngineHarness();

    @Test
    public void photo_isUploadedInChunks_andMarkedComplete() {
        QueuedPhoto photo = h.photos.add(bytes(1_300_000, 1));

        SyncResult result = h.sync();

        assertThat(result.photosUploaded()).isEqualTo(1);
        assertThat(h.transport.calls).containsSubsequence("photo-status", "photo-chunk", "photo-chunk", "photo-chunk");
        assertThat(h.transport.server.completePhotos).containsExactly(photo.sha256());
        assertThat(h.photos.completed).containsExactly(photo.sha256());
    }

    @Test
    public void interruptedUpload_resumesFromWhatTheServerHolds() {
        byte[] bytes = bytes(1_000_000, 2);
        QueuedPhoto photo = h.photos.add(bytes);
        h.transport.server.holdPartly(photo, Arrays.copyOf(bytes, PhotoUploader.CHUNK_BYTES));

        h.sync();

        assertThat(h.transport.calls.stream().filter("photo-chunk"::equals).count()).isEqualTo(1);
        assertThat(h.transport.server.completePhotos).containsExactly(photo.sha256());
    }

    @Test
    public void photoTheServerAlreadyHas_sendsNoBytes() {
        QueuedPhoto photo = h.photos.add(bytes(2000, 3));
        h.transport.server.completePhotos.add(photo.sha256());

        SyncResult result = h.sync();

        assertThat(result.photosUploaded()).isEqualTo(1);
        assertThat(h.transport.calls).doesNotContain("photo-chunk");
    }

    @Test
    public void partialUploadTheServerDiscarded_isAskedAboutAgain_andResumesFromZero() {
        byte[] bytes = bytes(700_000, 4);
        QueuedPhoto photo = h.photos.add(bytes);
        h.transport.server.holdPartly(photo, Arrays.copyOf(bytes, PhotoUploader.CHUNK_BYTES));
        h.transport.server.discardPartialAfterStatus(photo.sha256());

        SyncResult result = h.sync();

        assertThat(result.photosUploaded()).isEqualTo(1);
        assertThat(h.transport.calls).containsSubsequence("photo-status", "photo-chunk", "photo-status",
                "photo-chunk", "photo-chunk");
        assertThat(h.transport.server.completePhotos).containsExactly(photo.sha256());
    }

    @Test
    public void photoWhoseFileIsGone_failsVisibly_andTheRoundCarriesOn() {
        QueuedPhoto gone = h.photos.add(bytes(1000, 5));
        h.photos.files.remove(gone.sha256());
        QueuedPhoto fine = h.photos.add(bytes(1000, 6));

        SyncResult result = h.sync();

        assertThat(result.succeeded()).isTrue();
        assertThat(result.photosUploaded()).isEqualTo(1);
        assertThat(h.photos.failures).containsKey(gone.sha256());
        assertThat(h.transport.server.completePhotos).containsExactly(fine.sha256());
    }

    @Test
    public void photoWhoseFileChanged_failsVisibly_afterTheServerRefusesItsHash() {
        QueuedPhoto photo = h.photos.add(bytes(1000, 7));
        h.photos.files.put(photo.sha256(), bytes(1000, 8));

        SyncResult result = h.sync();

        assertThat(result.photosUploaded()).isZero();
        assertThat(h.photos.failures).containsKey(photo.sha256());
        assertThat(h.transport.server.completePhotos).isEmpty();
    }

    private static byte[] bytes(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }
}
