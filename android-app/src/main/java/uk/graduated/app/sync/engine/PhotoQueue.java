package uk.graduated.app.sync.engine;

import java.io.IOException;
import java.util.List;

/** Photos waiting to be uploaded, and their bytes. */
public interface PhotoQueue {
    /** Photos not yet complete on the server and not given up on, oldest first. */
    List<QueuedPhoto> waiting();

    /** Up to {@code maxBytes} of the photo from {@code offset}. */
    byte[] read(QueuedPhoto photo, long offset, int maxBytes) throws IOException;

    /** Whether the local file still hashes to the photo's address. */
    boolean intact(QueuedPhoto photo) throws IOException;

    void progress(String sha256, long uploadedBytes);

    void completed(String sha256);

    /** Gives up on a photo whose bytes are gone or changed; shown to the person, never retried. */
    void failed(String sha256, String message);
}
