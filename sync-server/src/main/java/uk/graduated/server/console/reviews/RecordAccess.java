package uk.graduated.server.console.reviews;

import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.graduated.server.auth.Principal;

/**
 * Viewing or downloading a pupil's pack is an access to their SEN record. The server has no audit
 * log yet, so the access goes to its own logger ("uk.graduated.access"), by ids only: no names, no
 * record content. This is the one place to point at an audit store when there is one.
 */
public final class RecordAccess {
    private static final Logger log = LoggerFactory.getLogger("uk.graduated.access");

    public void packDownloaded(Principal staff, UUID pupilId) {
        log.info("Record access: staff {} of school {} downloaded the annual review pack of pupil {}",
                staff.staffId(), staff.schoolId(), pupilId);
    }
}
