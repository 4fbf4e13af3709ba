package uk.graduated.server.auth;

import io.javalin.security.RouteRole;

/**
 * Marks an {@code /api/} route that needs no token, e.g.
 * {@code app.post("/api/v1/enrol", handler, OpenAccess.PUBLIC)}. Every other {@code /api/} route
 * gets the token check of {@link AuthFilter}: a new route is protected unless it says otherwise.
 */
public enum OpenAccess implements RouteRole {
    PUBLIC
}
