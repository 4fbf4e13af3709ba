package uk.graduated.server.photo;

import io.javalin.Javalin;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.jdbi.v3.core.Jdbi;
import uk.graduated.model.observation.PhotoMediaType;
import uk.graduated.model.sync.ErrorCode;
import uk.graduated.model.validation.ValidationException;
import uk.graduated.server.auth.Access;
import uk.graduated.server.auth.ApiException;
import uk.graduated.server.auth.Principal;
import uk.graduated.server.sync.Housekeeping;
import uk.graduated.server.sync.ProtocolHeader;
import uk.graduated.server.web.Routes;

/**
 * {@code PUT}, {@code GET} and {@code HEAD /api/v1/photos/{sha256}} (protocol section 9). The
 * address is checked to be 64 lowercase hex digits before anything else happens with it.
 */
public final class PhotoRoutes implements Routes {
    private static final String PATH = "/api/v1/photos/{sha256}";
    /** Partial uploads not continued for this long are discarded (protocol section 9.1). */
    private static final Duration UPLOAD_LIFETIME = Duration.ofHours(24);

    private final PhotoService photos;
    private final Housekeeping staleUploads;

    /** @param dataDir the server's data directory; photos are kept in its {@code photos/} */
    public PhotoRoutes(Jdbi jdbi, Path dataDir, Clock clock) {
        this.photos = new PhotoService(jdbi, dataDir, clock);
        this.staleUploads = new Housekeeping("stale-photo-uploads", Duration.ofHours(1),
                () -> photos.discardStale(UPLOAD_LIFETIME));
    }

    @Override
    public void addTo(Javalin app) {
        app.beforeMatched("/api/v1/photos/*", ProtocolHeader::check);
        app.put(PATH, this::put);
        app.get(PATH, ctx -> fetch(ctx, true));
        app.head(PATH, ctx -> fetch(ctx, false));
        app.events(events -> {
            events.serverStarted(staleUploads::start);
            events.serverStopping(staleUploads::close);
        });
    }

    private void put(Context ctx) throws IOException {
        Principal principal = Access.requirePersonOnDevice(ctx);
        String sha256 = ctx.pathParam("sha256");
        if (!PhotoFiles.isAddress(sha256)) {
            throw ValidationException.of("sha256", "invalid_format",
                    "the address must be the photo's SHA-256: 64 lowercase hexadecimal digits");
        }
        String rangeHeader = ctx.header(ContentRange.HEADER);
        ContentRange range = rangeHeader == null ? null : ContentRange.parse(rangeHeader);
        String encoding = ctx.header("Content-Encoding");
        if (encoding != null && !encoding.isBlank() && !encoding.strip().equalsIgnoreCase("identity")) {
            throw ApiException.of(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Send photo bytes as they are, not compressed.");
        }
        String mediaType = range != null && range.isStatusQuery() ? null : mediaType(ctx.header("Content-Type"));
        PhotoService.Upload upload = photos.put(principal, sha256, mediaType, range, ctx.req().getInputStream());
        ctx.status(upload.created() ? 201 : 200).contentType(ContentType.APPLICATION_JSON).result(upload.status().toJson());
    }

    /** 200 with the bytes (or only the headers, for HEAD) when the caller may see the photo; else 404. */
    private void fetch(Context ctx, boolean withBody) {
        Principal principal = Access.requirePerson(ctx);
        String sha256 = ctx.pathParam("sha256");
        PhotoService.Download download = photos.download(principal, sha256).orElseThrow(ApiException::notFound);
        ctx.header("ETag", "\"" + sha256 + "\"");
        ctx.header("Cache-Control", "private, max-age=31536000, immutable");
        ctx.contentType(download.mediaType());
        ctx.res().setContentLengthLong(download.size());
        if (withBody) {
            try {
                ctx.result(Files.newInputStream(download.file()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static String mediaType(String contentType) {
        String type = contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        return PhotoMediaType.fromMimeType(type).map(PhotoMediaType::mimeType).orElseThrow(() -> ApiException.of(
                ErrorCode.UNSUPPORTED_MEDIA_TYPE, "A photo must be sent as " + PhotoMediaType.allowedMimeTypes() + "."));
    }
}
