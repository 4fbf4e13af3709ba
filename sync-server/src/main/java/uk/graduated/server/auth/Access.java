package uk.graduated.server.auth;

import io.javalin.http.Context;
import java.util.Arrays;
import uk.graduated.model.school.Role;

/**
 * What handlers ask about the caller. {@link AuthFilter} has already refused requests without a valid
 * token, so these only decide between "allowed" and 403 {@code forbidden}.
 */
public final class Access {
    static final String ATTRIBUTE = "graduated.authentication";

    private Access() {
    }

    /** The caller of a protected route. */
    public static Principal principal(Context ctx) {
        return authentication(ctx).principal();
    }

    /** A signed-in person (console or tablet session), not a bare device token. */
    public static Principal requirePerson(Context ctx) {
        Principal principal = principal(ctx);
        if (!principal.isPerson()) {
            throw ApiException.forbidden("Sign in as a member of staff first: a device token cannot do this.");
        }
        return principal;
    }

    /** A person holding at least one of {@code roles}. */
    public static Principal requireRole(Context ctx, Role... roles) {
        Principal principal = requirePerson(ctx);
        if (Arrays.stream(roles).noneMatch(principal::has)) {
            throw ApiException.forbidden("Your role does not allow this.");
        }
        return principal;
    }

    /** A person signed in on an enrolled tablet by PIN: what push, pull of a person's scope and photos need. */
    public static Principal requirePersonOnDevice(Context ctx) {
        Principal principal = requirePerson(ctx);
        if (principal.deviceId() == null) {
            throw ApiException.forbidden("Only a tablet session can do this; the console cannot.");
        }
        return principal;
    }

    /** The bare device token, as PIN sign-in and device status require. */
    public static Principal requireDeviceToken(Context ctx) {
        Principal principal = principal(ctx);
        if (principal.isPerson() || principal.deviceId() == null) {
            throw ApiException.forbidden("Send the device token for this request, not a staff session token.");
        }
        return principal;
    }

    static Authentication authentication(Context ctx) {
        Authentication authentication = ctx.attribute(ATTRIBUTE);
        if (authentication == null) {
            // Only a route marked OpenAccess.PUBLIC gets here without a checked token.
            throw ApiException.unauthenticated();
        }
        return authentication;
    }
}
