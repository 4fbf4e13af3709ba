package uk.graduated.model.observation;

import java.util.regex.Pattern;
import uk.graduated.model.validation.Violations;

/**
 * A photo attached to an observation, named by the SHA-256 of its bytes. The bytes travel apart
 * from the record (content-addressed upload), so the same photo is stored once however often it
 * is sent.
 *
 * @param sha256    64 lowercase hex digits
 * @param sizeBytes 1 to {@value #MAX_SIZE_BYTES} bytes (15 MiB: a tablet photo is 3-10 MB before
 *                  downscaling, so the original fits with room to spare)
 * @param mediaType JPEG, PNG or WebP
 * @param width     pixels, 1-{@value #MAX_DIMENSION}, given together with height or not at all
 * @param height    pixels, 1-{@value #MAX_DIMENSION}, given together with width or not at all
 */
public record PhotoRef(String sha256, long sizeBytes, PhotoMediaType mediaType, Integer width, Integer height) {
    public static final long MAX_SIZE_BYTES = 15L * 1024 * 1024;
    public static final int MAX_DIMENSION = 20_000;
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public PhotoRef {
        Violations v = new Violations();
        if (v.require("sha256", sha256) && !SHA256.matcher(sha256).matches()) {
            v.add("sha256", "invalid_format", "sha256 must be 64 lowercase hexadecimal digits");
        }
        if (sizeBytes < 1 || sizeBytes > MAX_SIZE_BYTES) {
            v.add("sizeBytes", "out_of_range", "sizeBytes must be between 1 and " + MAX_SIZE_BYTES);
        }
        v.require("mediaType", mediaType);
        checkDimension(v, "width", width);
        checkDimension(v, "height", height);
        if ((width == null) != (height == null)) {
            v.add(width == null ? "width" : "height", "required", "give both width and height, or neither");
        }
        v.throwIfAny();
    }

    private static void checkDimension(Violations v, String field, Integer pixels) {
        if (pixels != null && (pixels < 1 || pixels > MAX_DIMENSION)) {
            v.add(field, "out_of_range", field + " must be between 1 and " + MAX_DIMENSION);
        }
    }
}
