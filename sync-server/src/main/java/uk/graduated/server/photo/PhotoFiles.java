package uk.graduated.server.photo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Where photo bytes live under {@code <data dir>/photos}: complete photos at
 * {@code ab/cd/<sha256>} (content-addressed, so the same bytes are stored once), partial uploads at
 * {@code uploads/<school>/<sha256>}, request bodies on their way in under {@code incoming/}. A path
 * is only ever built from an address checked by {@link #isAddress}, so no request can reach
 * outside the directory.
 */
final class PhotoFiles {
    private static final Pattern ADDRESS = Pattern.compile("[0-9a-f]{64}");

    private final Path root;

    PhotoFiles(Path dataDir) {
        this.root = dataDir.resolve("photos");
    }

    static boolean isAddress(String sha256) {
        return sha256 != null && ADDRESS.matcher(sha256).matches();
    }

    Path complete(String sha256) {
        return root.resolve(checked(sha256).substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    Path partial(UUID schoolId, String sha256) {
        return root.resolve("uploads").resolve(schoolId.toString()).resolve(checked(sha256));
    }

    /** A new empty file for a request body. */
    Path incoming() {
        try {
            Path directory = Files.createDirectories(root.resolve("incoming"));
            return Files.createTempFile(directory, "chunk-", ".part");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String checked(String sha256) {
        if (!isAddress(sha256)) {
            throw new IllegalArgumentException("not a photo address");
        }
        return sha256;
    }
}
