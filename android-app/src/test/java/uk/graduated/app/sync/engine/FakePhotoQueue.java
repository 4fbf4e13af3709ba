package uk.graduated.app.sync.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.graduated.app.core.Sha256;

/** Queued photos with their bytes in memory; a missing entry stands for a deleted file. */
final class FakePhotoQueue implements PhotoQueue {
    final Map<String, QueuedPhoto> queued = new LinkedHashMap<>();
    final Map<String, byte[]> files = new HashMap<>();
    final Map<String, String> failures = new HashMap<>();
    final List<String> completed = new ArrayList<>();

    QueuedPhoto add(byte[] bytes) {
        String sha = Sha256.of(bytes);
        QueuedPhoto photo = new QueuedPhoto(sha, "/photos/" + sha + ".jpg", bytes.length, "image/jpeg", 0);
        queued.put(sha, photo);
        files.put(sha, bytes.clone());
        return photo;
    }

    @Override
    public List<QueuedPhoto> waiting() {
        return new ArrayList<>(queued.values());
    }

    @Override
    public byte[] read(QueuedPhoto photo, long offset, int maxBytes) throws IOException {
        byte[] bytes = files.get(photo.sha256());
        if (bytes == null) {
            throw new IOException(photo.localPath() + " does not exist");
        }
        return Arrays.copyOfRange(bytes, (int) offset, (int) Math.min(bytes.length, offset + maxBytes));
    }

    @Override
    public boolean intact(QueuedPhoto photo) throws IOException {
        byte[] bytes = files.get(photo.sha256());
        if (bytes == null) {
            throw new IOException(photo.localPath() + " does not exist");
        }
        return Sha256.of(bytes).equals(photo.sha256());
    }

    @Override
    public void progress(String sha256, long uploadedBytes) {
        QueuedPhoto p = queued.get(sha256);
        queued.put(sha256, new QueuedPhoto(sha256, p.localPath(), p.sizeBytes(), p.mediaType(), uploadedBytes));
    }

    @Override
    public void completed(String sha256) {
        queued.remove(sha256);
        completed.add(sha256);
    }

    @Override
    public void failed(String sha256, String message) {
        queued.remove(sha256);
        failures.put(sha256, message);
    }
}
