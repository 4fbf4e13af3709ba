package uk.graduated.app.data.photo;

import java.io.File;
import java.io.IOException;
import uk.graduated.app.core.Sha256;
import uk.graduated.model.observation.PhotoMediaType;
import uk.graduated.model.observation.PhotoRef;

/**
 * A photo file on this tablet (already downscaled) and the reference an observation makes to it.
 *
 * @param ref       the hash, size and type the observation records
 * @param localPath where the bytes are, kept until the upload completes
 */
public record LocalPhoto(PhotoRef ref, String localPath) {

    /** Hashes the file and describes it; the photo's address is the SHA-256 of exactly these bytes. */
    public static LocalPhoto fromFile(File file, PhotoMediaType mediaType, Integer width, Integer height)
            throws IOException {
        return new LocalPhoto(new PhotoRef(Sha256.of(file), file.length(), mediaType, width, height),
                file.getAbsolutePath());
    }
}
