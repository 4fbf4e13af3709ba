package uk.graduated.server.photo;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import uk.graduated.model.sync.EntityType;
import uk.graduated.model.sync.ErrorCode;
import uk.graduated.model.sync.PhotoUploadStatus;
import uk.graduated.model.sync.SyncLimits;
import uk.graduated.server.auth.ApiException;
import uk.graduated.server.auth.Principal;
import uk.graduated.server.auth.Scope;
import uk.graduated.server.auth.Visibility;
import uk.graduated.server.sync.SchoolClock;

/**
 * Resumable, content-addressed photo uploads and scoped downloads (protocol section 9). A request
 * body is first written to a file of its own, without holding anything in the database; only then
 * is the upload's row locked and the new bytes appended to the partial photo, so a slow tablet
 * never holds a connection or the school clock while its bytes trickle in.
 */
public final class PhotoService {
    /** The outcome of a chunk: {@code created} when it completed the photo (201). */
    public record Upload(boolean created, PhotoUploadStatus status) {
    }

    /** A photo the caller may fetch. */
    public record Download(Path file, String mediaType, long size) {
    }

    private final Jdbi jdbi;
    private final PhotoFiles files;
    private final Clock clock;

    /** @param dataDir the server's data directory; photos live in its {@code photos/} */
    public PhotoService(Jdbi jdbi, Path dataDir, Clock clock) {
        this.jdbi = jdbi;
        this.files = new PhotoFiles(dataDir);
        this.clock = clock;
    }

    /**
     * Takes one chunk, answers a status query ({@code bytes *}{@code /<total>}, empty body), or takes
     * the whole photo when {@code range} is null.
     *
     * @param mediaType the photo's media type, already checked to be one a photo may have
     */
    public Upload put(Principal principal, String sha256, String mediaType, ContentRange range, InputStream body) {
        requireUploader(principal);
        if (range != null) {
            checkTotal(range.total());
        }
        Optional<Upload> early = answerBeforeReading(principal, sha256, range);
        if (early.isPresent()) {
            return early.get();
        }
        Path incoming = files.incoming();
        try {
            long length = copy(body, incoming, range == null ? SyncLimits.MAX_PHOTO_BYTES + 1 : range.length() + 1);
            ContentRange chunk = range != null ? range : wholeBody(length);
            if (length != chunk.length()) {
                throw ContentRange.invalid("the body holds " + length + " bytes but Content-Range names " + chunk.length());
            }
            Step step = jdbi.inTransaction(handle -> append(handle, principal, sha256, mediaType, chunk, incoming));
            if (step.hashMismatch() || step.upload().created()) {
                Files.deleteIfExists(files.partial(principal.schoolId(), sha256));
            }
            if (step.hashMismatch()) {
                throw ApiException.of(ErrorCode.PHOTO_HASH_MISMATCH, "The photo's bytes do not hash to " + sha256
                        + "; upload it again from the start.");
            }
            return step.upload();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(incoming);
        }
    }

    /** The photo, when it is complete and a record the caller may see refers to it; else empty (404). */
    public Optional<Download> download(Principal principal, String sha256) {
        if (!PhotoFiles.isAddress(sha256)) {
            return Optional.empty();
        }
        return jdbi.withHandle(handle -> {
            PhotoDao dao = new PhotoDao(handle);
            Optional<PhotoDao.Photo> photo = dao.photo(principal.schoolId(), sha256);
            if (photo.isEmpty()) {
                return Optional.<Download>empty();
            }
            Visibility visibility = Scope.of(principal).visibility(handle, LocalDate.now(clock));
            boolean visible = dao.observationChildren(principal.schoolId(), sha256).stream()
                    .anyMatch(children -> visibility.sees(EntityType.OBSERVATION, children, null));
            Path file = files.complete(sha256);
            return visible && Files.isRegularFile(file)
                    ? Optional.of(new Download(file, photo.get().mediaType(), photo.get().size()))
                    : Optional.<Download>empty();
        });
    }

    /** Drops uploads not continued for {@code maxAge}; returns how many. */
    public int discardStale(Duration maxAge) {
        var stale = jdbi.inTransaction(handle -> new PhotoDao(handle).deleteStale(clock.instant().minus(maxAge)));
        stale.forEach(s -> deleteQuietly(files.partial(s.schoolId(), s.sha256())));
        return stale.size();
    }

    /** The answer when the body need not be read: the photo is complete, a status query, or a gap. */
    private Optional<Upload> answerBeforeReading(Principal principal, String sha256, ContentRange range) {
        return jdbi.withHandle(handle -> {
            PhotoDao dao = new PhotoDao(handle);
            Optional<PhotoDao.Photo> photo = dao.photo(principal.schoolId(), sha256);
            if (photo.isPresent()) {
                return Optional.of(new Upload(false, complete(sha256, photo.get().size())));
            }
            if (range == null) {
                return Optional.<Upload>empty();
            }
            Optional<PhotoDao.Upload> upload = dao.upload(principal.schoolId(), sha256);
            long received = upload.map(u -> checkSameTotal(u, range.total()).received()).orElse(0L);
            if (range.isStatusQuery()) {
                return Optional.of(new Upload(false, new PhotoUploadStatus(sha256, range.total(), received, false)));
            }
            checkOffset(range, received);
            return Optional.<Upload>empty();
        });
    }

    private Step append(Handle handle, Principal principal, String sha256, String mediaType, ContentRange chunk,
                        Path incoming) throws IOException {
        PhotoDao dao = new PhotoDao(handle);
        UUID school = principal.schoolId();
        Optional<PhotoDao.Photo> photo = dao.photo(school, sha256);
        if (photo.isPresent()) {
            return new Step(new Upload(false, complete(sha256, photo.get().size())), false);
        }
        PhotoDao.Upload upload = checkSameTotal(
                dao.lockOrStart(school, sha256, chunk.total(), mediaType, principal.staffId(), principal.deviceId()),
                chunk.total());
        checkOffset(chunk, upload.received());
        Path partial = files.partial(school, sha256);
        long received = Math.max(upload.received(), chunk.last() + 1);
        writeNewBytes(incoming, partial, chunk, upload.received());
        if (received < chunk.total()) {
            dao.setReceived(school, sha256, received);
            return new Step(new Upload(false, new PhotoUploadStatus(sha256, chunk.total(), received, false)), false);
        }
        dao.deleteUpload(school, sha256);
        if (!sha256(partial).equals(sha256)) {
            return new Step(null, true);
        }
        storeComplete(partial, files.complete(sha256));
        // The clock is taken last, so it is held only for this insert and the commit.
        long version = SchoolClock.next(handle, school);
        dao.insertPhoto(school, sha256, upload, version, principal.staffId(), principal.deviceId());
        return new Step(new Upload(true, complete(sha256, chunk.total())), false);
    }

    /** Appends the chunk's bytes the server does not hold yet; bytes it holds are skipped. */
    private static void writeNewBytes(Path incoming, Path partial, ContentRange chunk, long held) throws IOException {
        Files.createDirectories(partial.getParent());
        long skip = held - chunk.first();
        try (FileChannel in = FileChannel.open(incoming, StandardOpenOption.READ);
             FileChannel out = FileChannel.open(partial, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            out.truncate(held); // bytes past "held" were written by a chunk whose transaction did not commit
            long position = held;
            long offset = skip;
            while (offset < chunk.length()) {
                long moved = in.transferTo(offset, chunk.length() - offset, out.position(position));
                offset += moved;
                position += moved;
            }
        }
    }

    /** Copies the photo into its content address; the same bytes may already be there from another school. */
    private static void storeComplete(Path partial, Path target) throws IOException {
        if (Files.exists(target)) {
            return;
        }
        Files.createDirectories(target.getParent());
        Path copy = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
        Files.copy(partial, copy, StandardCopyOption.REPLACE_EXISTING);
        Files.move(copy, target, StandardCopyOption.ATOMIC_MOVE);
    }

    private static long copy(InputStream body, Path file, long max) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int read;
            while (total < max && (read = body.read(buffer, 0, (int) Math.min(buffer.length, max - total))) != -1) {
                out.write(buffer, 0, read);
                total += read;
            }
            return total;
        }
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static ContentRange wholeBody(long length) {
        if (length > SyncLimits.MAX_PHOTO_BYTES) {
            throw tooLarge();
        }
        if (length == 0) {
            throw ContentRange.invalid("the body is empty: send the photo's bytes");
        }
        return ContentRange.whole(length);
    }

    private static void checkTotal(long total) {
        if (total > SyncLimits.MAX_PHOTO_BYTES) {
            throw tooLarge();
        }
    }

    private static PhotoDao.Upload checkSameTotal(PhotoDao.Upload upload, long total) {
        if (upload.total() != total) {
            throw ContentRange.invalid("Content-Range names a total of " + total + " bytes, but the upload's earlier"
                    + " chunks named " + upload.total());
        }
        return upload;
    }

    private static void checkOffset(ContentRange chunk, long received) {
        if (chunk.first() > received) {
            throw ApiException.of(ErrorCode.UPLOAD_OFFSET_MISMATCH, "The server holds " + received
                    + " bytes of this photo; continue from there.");
        }
    }

    private static void requireUploader(Principal principal) {
        if (!Scope.of(principal).writableTypes().contains(EntityType.PHOTO)) {
            throw ApiException.forbidden("Your role does not allow adding photos.");
        }
    }

    private static ApiException tooLarge() {
        return ApiException.of(ErrorCode.PAYLOAD_TOO_LARGE, "A photo may be at most " + SyncLimits.MAX_PHOTO_BYTES
                + " bytes; downscale it first.");
    }

    private static PhotoUploadStatus complete(String sha256, long size) {
        return new PhotoUploadStatus(sha256, size, size, true);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A leftover temporary file is harmless; the next upload of the photo overwrites it.
        }
    }

    /** One chunk's result inside its transaction; a hash mismatch is answered after the discard commits. */
    private record Step(Upload upload, boolean hashMismatch) {
    }
}
