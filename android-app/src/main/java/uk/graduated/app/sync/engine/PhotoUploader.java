package uk.graduated.app.sync.engine;

import java.io.IOException;
import java.util.function.BooleanSupplier;
import uk.graduated.model.sync.ErrorCode;
import uk.graduated.model.sync.PhotoUploadStatus;

/** Step 3 of a round: uploads queued photos, resuming where each one stopped. */
final class PhotoUploader {
    /** Half a megabyte: a chunk that a weak corridor Wi-Fi connection finishes before it drops. */
    static final int CHUNK_BYTES = 512 * 1024;

    private final PhotoQueue photos;
    private final SyncTransport transport;

    PhotoUploader(PhotoQueue photos, SyncTransport transport) {
        this.photos = photos;
        this.transport = transport;
    }

    void uploadAll(SyncScope scope, SyncTally tally, BooleanSupplier stopRequested)
            throws TransportException, SyncStopped {
        for (QueuedPhoto photo : photos.waiting()) {
            SyncStopped.check(stopRequested);
            if (upload(scope, photo, stopRequested)) {
                tally.photoUploaded();
            }
        }
    }

    private boolean upload(SyncScope scope, QueuedPhoto photo, BooleanSupplier stopRequested)
            throws TransportException, SyncStopped {
        // 1. Ask what the server holds: part of it after an interrupted upload, all of it when the
        //    same bytes arrived before (photos are addressed by their hash).
        PhotoUploadStatus status = transport.photoStatus(scope, photo);
        while (!status.complete()) {
            SyncStopped.check(stopRequested);
            long offset = status.received();
            byte[] chunk;
            try {
                chunk = photos.read(photo, offset, CHUNK_BYTES);
            } catch (IOException e) {
                photos.failed(photo.sha256(), "The photo file on this tablet could not be read, so it cannot be"
                        + " uploaded: " + e.getMessage());
                return false;
            }
            // 2. Send the next chunk from the server's offset. Bytes it already holds are skipped,
            //    so a chunk resent after a lost reply does no harm.
            try {
                status = transport.uploadPhoto(scope, photo, offset, chunk);
            } catch (TransportException e) {
                if (ErrorCode.UPLOAD_OFFSET_MISMATCH.code().equals(e.code())) {
                    // 3. The server holds fewer bytes than thought (a partial upload expired): ask again.
                    status = transport.photoStatus(scope, photo);
                    continue;
                }
                if (ErrorCode.PHOTO_HASH_MISMATCH.code().equals(e.code())) {
                    // 4. The server discarded the bytes. Start again next round if the local copy is
                    //    sound; give up, visibly, if the file itself changed.
                    giveUpIfChanged(photo);
                    return false;
                }
                throw e;
            }
            if (!status.complete() && status.received() <= offset) {
                throw TransportException.unreadable(200, "the photo upload did not advance past " + offset, null);
            }
            photos.progress(photo.sha256(), status.received());
        }
        photos.completed(photo.sha256());
        return true;
    }

    private void giveUpIfChanged(QueuedPhoto photo) {
        boolean intact;
        try {
            intact = photos.intact(photo);
        } catch (IOException e) {
            intact = false;
        }
        if (intact) {
            photos.progress(photo.sha256(), 0);
        } else {
            photos.failed(photo.sha256(), "The photo file on this tablet has changed since it was taken, so it"
                    + " cannot be uploaded.");
        }
    }
}
