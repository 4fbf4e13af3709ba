package uk.graduated.server.sync;

import java.time.LocalDate;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import uk.graduated.server.auth.Principal;

/** The data access a pull needs, all on one handle and so in one snapshot. */
record Reader(Handle handle, Principal principal, LocalDate today) {
    UUID schoolId() {
        return principal.schoolId();
    }

    ChangeLog changeLog() {
        return new ChangeLog(handle, schoolId());
    }

    RecordLoader loader() {
        return new RecordLoader(handle, schoolId());
    }
}
