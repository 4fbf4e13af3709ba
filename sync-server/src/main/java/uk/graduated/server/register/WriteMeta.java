package uk.graduated.server.register;

import java.util.UUID;

/**
 * Who writes a record, from where, at which school clock version.
 *
 * @param staffId  the signed-in person
 * @param deviceId the tablet, or null for the console
 */
public record WriteMeta(long version, UUID staffId, UUID deviceId) {
}
