package uk.graduated.app.data.outbox;

import java.util.UUID;

/**
 * Who makes the changes written through a {@link LocalWriter}: this tablet, and the person signed
 * in on it. Their session pushes the changes; the server records them as the author.
 */
public record Author(UUID deviceId, UUID staffId) {
    public Author {
        if (deviceId == null || staffId == null) {
            throw new IllegalArgumentException("an author needs the device id and the signed-in person's staff id");
        }
    }
}
