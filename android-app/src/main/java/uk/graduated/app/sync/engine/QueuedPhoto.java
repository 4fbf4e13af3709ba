package uk.graduated.app.sync.engine;

/**
 * A photo whose bytes wait to be uploaded.
 *
 * @param sha256        its address: the SHA-256 of its bytes, 64 lowercase hex digits
 * @param localPath     where the tablet keeps the bytes until the upload is complete
 * @param sizeBytes     total size
 * @param mediaType     {@code image/jpeg}, {@code image/png} or {@code image/webp}
 * @param uploadedBytes what the server was last known to hold
 */
public record QueuedPhoto(String sha256, String localPath, long sizeBytes, String mediaType, long uploadedBytes) {
}
