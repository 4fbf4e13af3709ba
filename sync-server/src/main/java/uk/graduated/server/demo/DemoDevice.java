package uk.graduated.server.demo;

import java.util.UUID;

/** A tablet the demo's session logs and observations were recorded on. */
public record DemoDevice(UUID id, String name) {
}
