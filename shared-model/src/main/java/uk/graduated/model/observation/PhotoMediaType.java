package uk.graduated.model.observation;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The image formats a tablet camera or gallery yields that every client can display. */
public enum PhotoMediaType {
    JPEG("image/jpeg"),
    PNG("image/png"),
    WEBP("image/webp");

    private final String mimeType;

    PhotoMediaType(String mimeType) {
        this.mimeType = mimeType;
    }

    /** The MIME type, which is also the stable wire code. */
    public String mimeType() {
        return mimeType;
    }

    public static Optional<PhotoMediaType> fromMimeType(String mimeType) {
        return Arrays.stream(values()).filter(t -> t.mimeType.equals(mimeType)).findFirst();
    }

    public static String allowedMimeTypes() {
        return Arrays.stream(values()).map(PhotoMediaType::mimeType).collect(Collectors.joining(", "));
    }
}
