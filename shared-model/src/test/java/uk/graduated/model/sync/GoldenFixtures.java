package uk.graduated.model.sync;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The golden JSON examples of every protocol message, shared with the server's and the app's tests
 * through this module's test-jar. {@code docs/protocol.md} embeds each one verbatim.
 */
public final class GoldenFixtures {
    /** Every fixture, by name (the file name without {@code .json}). */
    public static final List<String> NAMES = List.of(
            "push-request",
            "push-response",
            "pull-request-first",
            "pull-request",
            "pull-response",
            "pull-response-resync",
            "error-validation",
            "error-upgrade-required",
            "error-device-revoked",
            "device-status",
            "enrol-request",
            "enrol-response",
            "pin-sign-in-request",
            "session-response",
            "photo-upload-status");

    private GoldenFixtures() {
    }

    /** The text of {@code /golden/<name>.json} on the classpath. */
    public static String read(String name) {
        String resource = "/golden/" + name + ".json";
        try (InputStream in = GoldenFixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no golden fixture " + resource + "; known: " + NAMES);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
