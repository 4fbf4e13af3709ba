package uk.graduated.server.auth;

import io.javalin.http.Context;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/** Ids in paths such as {@code /api/v1/devices/{id}/revoke}. */
public final class PathIds {
    private static final Pattern CANONICAL =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private PathIds() {
    }

    /** The id in path parameter {@code name}; anything but a canonical UUID names nothing, so 404. */
    public static UUID of(Context ctx, String name) {
        String value = ctx.pathParam(name).toLowerCase(Locale.ROOT);
        if (!CANONICAL.matcher(value).matches()) {
            throw ApiException.notFound();
        }
        return UUID.fromString(value);
    }
}
