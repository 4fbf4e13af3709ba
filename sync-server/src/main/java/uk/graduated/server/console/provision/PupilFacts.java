package uk.graduated.server.console.provision;

import java.time.LocalDate;
import uk.graduated.server.console.pupil.PupilRef;

/** Who a costed provision map is about, as the local authority identifies a pupil. */
record PupilFacts(PupilRef ref, LocalDate dateOfBirth, String yearGroup, String upn, String provision) {
}
