package uk.graduated.server.web;

import io.javalin.Javalin;

/** One feature's HTTP routes; {@code uk.graduated.server.Features} lists them all. */
public interface Routes {
    void addTo(Javalin app);
}
