package uk.graduated.app.sync.android;

import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.util.ArrayList;
import java.util.List;
import uk.graduated.app.core.Sha256;
import uk.graduated.app.data.db.AppDatabase;
import uk.graduated.app.data.photo.PhotoQueueEntity;
import uk.graduated.app.sync.engine.PhotoQueue;
import uk.graduated.app.sync.engine.QueuedPhoto;

/** The engine's photo queue over the photo_queue table and the photo files. */
public final class RoomPhotoQueue implements PhotoQueue {
    private final AppDatabase db;

    public RoomPhotoQueue(AppDatabase db) {
        this.db = db;
    }

    @Override
    public List<QueuedPhoto> waiting() {
        List<QueuedPhoto> waiting = new ArrayList<>();
        for (PhotoQueueEntity row : db.photoQueue().waiting()) {
            waiting.add(new QueuedPhoto(row.sha256, row.localPath, row.sizeBytes, row.mediaType, row.uploadedBytes));
        }
        return waiting;
    }

    @Override
    public byte[] read(QueuedPhoto photo, long offset, int maxBytes) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(photo.localPath(), "r")) {
            if (file.length() != photo.sizeBytes()) {
                throw new IOException("the file is " + file.length() + " bytes, not " + photo.sizeBytes());
            }
            int length = (int) Math.min(maxBytes, photo.sizeBytes() - offset);
            byte[] chunk = new byte[length];
            file.seek(offset);
            file.readFully(chunk);
            return chunk;
        }
    }

    @Override
    public boolean intact(QueuedPhoto photo) throws IOException {
        return photo.sha256().equals(Sha256.of(new File(photo.localPath())));
    }

    @Override
    public void progress(String sha256, long uploadedBytes) {
        db.photoQueue().progress(sha256, uploadedBytes);
    }

    @Override
    public void completed(String sha256) {
        db.photoQueue().complete(sha256);
    }

    @Override
    public void failed(String sha256, String message) {
        db.photoQueue().fail(sha256, message);
    }
}
