package uk.graduated.server.device;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.graduated.model.sync.DeviceStatus;
import uk.graduated.server.auth.ApiException;
import uk.graduated.server.auth.Principal;
import uk.graduated.server.auth.SessionStore;

/** The school's tablets: listing them, revoking a lost one, and a tablet asking about itself. */
public final class DeviceAdmin {
    private static final Logger log = LoggerFactory.getLogger(DeviceAdmin.class);

    private final Jdbi jdbi;
    private final Clock clock;

    public DeviceAdmin(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public List<Device> list(Principal caller) {
        return jdbi.withHandle(h -> new DeviceDao(h).list(caller.schoolId()));
    }

    /**
     * Revokes a device of the caller's school and ends every session on it, in one transaction: from
     * the commit on, its token and its sessions get {@code device_revoked}. Revoking twice keeps the
     * first revocation. Another school's device is 404, as if it did not exist.
     */
    public Device revoke(Principal caller, UUID deviceId) {
        Instant now = clock.instant();
        return jdbi.inTransaction(h -> {
            DeviceDao devices = new DeviceDao(h);
            Device device = devices.findForUpdate(caller.schoolId(), deviceId).orElseThrow(ApiException::notFound);
            if (device.revokedAt() != null) {
                return device;
            }
            devices.revoke(caller.schoolId(), deviceId, caller.staffId(), now);
            int ended = SessionStore.endAllOnDevice(h, caller.schoolId(), deviceId, now);
            log.info("Device {} revoked by staff {}; {} sessions ended", deviceId, caller.staffId(), ended);
            return devices.find(caller.schoolId(), deviceId).orElseThrow();
        });
    }

    /** A device token's own status; a revoked device never gets here (the token check refuses it). */
    public DeviceStatus status(Principal device) {
        return jdbi.withHandle(h -> new DeviceDao(h).find(device.schoolId(), device.deviceId()))
                .map(Device::status)
                .orElseThrow(ApiException::unauthenticated);
    }
}
